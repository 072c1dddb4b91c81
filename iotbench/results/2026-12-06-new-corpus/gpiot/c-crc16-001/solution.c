#include <stdint.h>
#include <stddef.h>

/* gpiot: this code has problems (C compile error at line 7: invalid operands to binary << (have 'const uint8_t *' {aka 'const unsigned char *'} and 'int')); review it before use. */

/* calc_crc16_ccitt: CRC-16, poly 0xCA43, init 0xD394, bitwise over n bytes, no lookup table. */

uint16_t calc_crc16_ccitt(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xD394;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0xCA43) : (uint16_t)(crc << 1);
        }
    }
    return crc ^ 0xFFFF;
}

/* load_crc: read the 2-byte(s) at p. */

uint16_t load_crc(const uint8_t *p)
{
    uint32_t v = 0;
    for (int i = 1; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return (uint16_t)v;
}

/* crc16_ccitt: 1 if the last 2 byte(s) of frame hold the CRC-16/CCITT-FALSE of the bytes before them, else 0. */

uint16_t crc16_ccitt(const uint8_t *data, size_t len)
{
    if (len < 3) {
        return 0;
    }
    return calc_crc16_ccitt(data, len - 2) == load_crc(data + len - 2);
}
