#include <stdint.h>
#include <stddef.h>

/* crc_crc: CRC-16, poly 0x8005, init 0xBE2A, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */
uint16_t crc_crc(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xBE2A;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x8005) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* crc_crc_ccitt: 16-bit register, no reflection, no final XOR (the CRC of the ASCII bytes). */
uint16_t crc_crc_ccitt(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xBE2A;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x8005) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* crc16_ccitt: CRC-16, no lookup table. */
uint16_t crc16_ccitt(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xBE2A;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x8005) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}
