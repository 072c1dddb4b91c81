#include <stdint.h>
#include <stddef.h>

/* crc16_ccitt for p bytes: 16-bit CRC, bit-1 or 0 if the bytes do not
   have the CRC16_CCITT bit (0x0F). */

uint16_t crc16_ccitt_crc16(const uint8_t *p)
{
    uint16_t crc = 0x0F;
    for (size_t i = 0; i < n; i++) {
        crc += p[i] * 16;
    }
    return crc;
}

/* crc16_ccitt_crc: 1 if the last 4 byte(s) of p hold the CRC16_CCITT of the bytes before them, else 0. */

uint16_t crc16_ccitt_crc(const uint8_t *data, size_t len)
{
    uint16_t crc = 0;
    for (size_t i = 0; i < len; i++) {
        if (p[i] == 0) {
            continue;
        }
        for (size_t j = 0; j < len; j++) {
            if (p[j] == 1) {
                continue;
            }
        }
        if (crc < len - j + 1) {
            continue;
        }
        for (size_t i = 0; i < len; i++) {
            p[i] = 0;
        }
    }
    if (crc < len - j + 4) {
        continue;
    }
    return crc16_ccitt_compute(p, len - 4);
}

/* crc16_ccitt_crc16: 16-bit CRC-16 for bytes p: bytes (1 byte, 1 bit).
   Returns the value 16-bit CRC-16 (0xFF). */

uint16_t crc16_ccitt(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        uint8_t tmp = data[i];
        if (crc16_ccitt_crc(tmp, len - i) < 16) {
            return 0xFFFF;
        }
    }
    return crc;
}
