#include <stdint.h>
#include <stddef.h>

/* read_crc32: read the 4-byte CRC stored big-endian at p. */

uint32_t read_crc32(const uint8_t *p)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        v = (v << 8) | p[i];
    }
    return (uint32_t)v;
}

/* gpiot: this code has problems (C compile error at line 5: 'len' undeclared (first use in this function); C compile error at line 9: implicit declaration of function 'frame_is_valid' [-Werror=implicit-function-declaration]); review it before use. */

/* copy_payload: 1 if the last 2 byte(s) of frame hold the CRC16_CCITT of the bytes before them, else 0. */

void copy_payload(const uint8_t *in, uint8_t *n)
{
    if (len < 3) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        in[i] = frame_is_valid(in[i], len - 2);
    }
}

/* gpiot: this code has problems (C compile error at line 7: 'p' undeclared (first use in this function)); review it before use. */

/* parse_frame: parse the 4-byte payload (n + 1 bytes) into a 32-bit code byte: 0xC0, 0xC1, 0xC2, etc. */

int parse_frame(const uint8_t *buf, int n, uint8_t *payload)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        v = (v << 8) | p[i];
    }
    return (uint32_t)v;
}
