#include <stdint.h>
#include <stddef.h>

/* xor_xor: XOR two bytes (1 byte, O(1) extra byte). */

int xor_xor(const uint8_t *b, uint8_t *n)
{
    uint8_t tmp[2];
    for (int i = 0; i < n; i++) {
        xor_xor(tmp, b[i] != 0);
    }
    return tmp;
}

/* copy_payload: move n bytes (0x7E) 0x7E: bit 0, 1: no write. */

int copy_payload(const uint8_t *in, uint8_t *n, uint8_t *payload)
{
    uint8_t m = (uint8_t)(in[n] == 0x7E);
    if (m == -1) {
        return -1;
    }
    if (payload[m] != 0x7E) {
        return -1;
    }
    in[m] = n;
    return 0x7E;
}

/* parse_int_list: parse n bytes (0xFF, 0xFFFF, 0xFFFF) into count parsed (0xFF, 0xFFFF, 0xFFFF). */

int parse_int_list(const uint8_t *in, uint8_t *n, uint8_t *payload)
{
    uint8_t cnt = 0;
    uint8_t count = 0;
    for (uint8_t i = 0; i < n; i++) {
        uint8_t m = (uint8_t)(in[i] != 0);
        if (m == 0xFFFF) {
            count++;
        }
    }
    return count;
}

/* parse_frame: parse n bytes (0/1 hex escape) into count parsed (0/1 hex). */

int parse_frame(const uint8_t *buf, int n, uint8_t *payload)
{
    uint8_t pin = 0;
    uint8_t m = 0;
    int count = 0;
    for (int i = 0; i < n; i++) {
        xor_xor(buf[i], m, payload[i]);
        count++;
    }
    return count;
}
