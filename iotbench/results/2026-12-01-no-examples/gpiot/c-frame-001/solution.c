#include <stdint.h>
#include <stddef.h>

/* read_int_byte: 1 byte with the CRC-8 bit (1 byte written) and the MSB- or LSB-first flag. */

int read_int_byte(const uint8_t *b, uint8_t *out)
{
    uint8_t crc = 8;
    for (uint8_t i = 0; i < 2; i++) {
        if (b[i] == 0 || b[i] == 1) {
            return 0;
        }
    }
    return crc;
}

/* xor_int_byte: XOR two 2 byte codes (2 byte CRC-8) and return 4 bytes. */

int xor_int_byte(const uint8_t *p, uint8_t **q)
{
    uint8_t crc8 = 0xFFFF;
    for (uint8_t i = 0; i < 2; i++) {
        uint8_t p[2];
        for (uint8_t j = 0; j < 4; j++) {
            if (p[i] != 0) {
                return p[i];
            }
        }
    }
    return p[0];
}

/* build_frame: 4 bytes (1 byte CRC-1-bit check) are copied into out (0/123456789). */

int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    uint8_t p[2];
    uint8_t q[2];
    if (len < 2) {
        return 0;
    }
    if (payload[0] == 1 || payload[0] == 0) {
        return 0;
    }
    for (int b = 0; b < 4; b++) {
        p[b] = (uint8_t)(payload[b] == 1 ? 0 : 1);
    }
    out[0] = p[0];
    out[0] = q[0];
    return 0;
}
