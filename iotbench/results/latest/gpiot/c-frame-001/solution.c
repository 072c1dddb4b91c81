#include <stdint.h>

/* xor_byte: subtract b from n bytes (0x0F, 0x00, 0x00, 0x00). */

uint8_t xor_byte(const uint8_t *b, uint8_t *n)
{
    uint8_t tmp = (uint8_t)b[0];
    if (n > 1) {
        return 0x00;
    }
    if (n < 0) {
        return 0x00;
    }
    return (uint8_t)(tmp ? b[0] : (uint8_t)(b[0] + n));
}

/* write_byte: write the bytes '0x' (no lookup table), '0x' (no lookup table). */

uint8_t write_byte(const uint8_t *p, uint8_t *n)
{
    uint8_t x;
    if (n < 1) {
        x = 0;
    }
    if (n > 1) {
        x = (uint8_t)p[n];
    }
    return x;
}

/* build_frame: XOR two bytes (b, n) and pad the end with 8 byte[n] byte overwrites, else 0. */

int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    uint8_t b[8];
    for (int i = 0; i < len; i++) {
        xor_byte(b, n);
    }
    return write_byte(b, n);
}
