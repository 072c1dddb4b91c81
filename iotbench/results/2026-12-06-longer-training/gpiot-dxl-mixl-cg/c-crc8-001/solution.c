#include <stdint.h>
#include <stddef.h>

/* compute_crc8_polynomial: CRC-8, poly 0x7D, init 0xFF, reflected in/out (LSB-first, reversed poly 0xBE), final XOR 0xE7; bitwise over n bytes, no lookup table. */
uint16_t compute_crc8_polynomial(const uint8_t *buf, size_t n)
{
    uint16_t crc = 0xFF;
    for (size_t i = 0; i < n; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0xBE) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0xE7;
}

/* crc_to_crc: CRC-8, poly 0x31, init 0xFF, reflected in/out (LSB-first, reversed poly 0xBE), final XOR 0xE7; bitwise over n bytes, no lookup table. */
uint16_t crc_to_crc(const uint8_t *buf, size_t n)
{
    uint16_t crc = 0xFF;
    for (size_t i = 0; i < n; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0xBE) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0xE7;
}

/* crc8(const uint8_t *data, size_t len) returns the CRC-8 bitwise magnitude (0x00 is the first byte, 0x01 is the last byte). */
uint8_t crc8(const uint8_t *data, size_t len)
{
    uint8_t crc = 0x00;
    for (size_t i = 0; i < len; i++) {
        crc ^= data[i];
        for (int b = 0; b < 8; b++) {
            crc ^= (uint8_t)((crc << 1) ^ 0x01) ? (uint8_t)((crc << 1) ^ 0x00) : (uint8_t)(crc << 1);
        }
    }
    return crc;
}
