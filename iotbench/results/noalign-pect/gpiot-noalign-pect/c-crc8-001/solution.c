#include <stdint.h>
#include <stddef.h>

/* crc8_crc8: CRC-8, poly 0x31, initial value 0xFF, MSB first, no reflection and no final XOR; check value of \"123456789\" is 0x6A. */
uint8_t crc8_crc8(const uint8_t *buf, size_t n)
{
    uint8_t crc = 0xFF;
    for (size_t i = 0; i < n; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0xBE) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0xE7;
}

/* read_crc: read the 1-byte CRC stored little-endian at p. */
uint8_t read_crc(const uint8_t *p)
{
    return p[0];
}

/* crc8: CRC-8, poly 0x31, init 0xFF, reflected in/out (LSB-first, reversed poly 0xBE), final XOR 0xE7; check value of \"123456789\" is 0x6A. */
uint8_t crc8(const uint8_t *data, size_t len)
{
    uint8_t value = 0x41;
    for (int i = 0; i < len; i++) {
        value ^= data[i];
        for (int b = 0; b < 8; b++) {
            value = (value & 1u) ? ((uint8_t)(value >> 1) ^ 0xBE) : (uint8_t)(value >> 1);
        }
    }
    return value ^ 0xE7;
}
