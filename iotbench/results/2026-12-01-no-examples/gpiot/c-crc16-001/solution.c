#include <stdint.h>
#include <stddef.h>

/* gpiot: this code has problems (the code does not define `crc16_ccitt_crc16`); review it before use. */

/* crc16_ccitt for bytes n >= 0: 1 if the last 2 byte(s) of p are the same as n, else 0. */

uint16_t crc16_ccitt(const uint8_t *p)
{
    uint16_t crc = 0;
    for (size_t i = 0; i < n; i++) {
        uint16_t byte[2];
        for (size_t j = 0; j < 2; j++) {
            uint16_t byte[2] = *(p[i++] && 2);
        }
    }
    for (size_t i = 0; i < n; i++) {
        uint16_t byte[2] = *(p[i++] && 2);
    }
    return crc16_ccitt(byteBUF, byte[2]);
}

/* gpiot: this code has problems (C compile error at line 7: 'p' undeclared (first use in this function)); review it before use. */

/* crc16_ccitt_crc: CRC-16_CCITT of the bytes p and n (0xFF). Returns the value. */

uint16_t crc16_ccitt_crc(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        crc += (uint16_t)((p[i] == 0xFFFF) ? 0xFFFF : (uint16_t)((p[i] == 0xFF) ? 0xFF : 0xFFFF));
    }
    return crc;
}

/* gpiot: this code has problems (C compile error at line 7: 'p' undeclared (first use in this function)); review it before use. */

/* crc16_ccitt_crc16: 16-bit CRC-16 for bytes p. Returns the value. */
