#include <stdint.h>
#include <stddef.h>

/* compute_crc8: CRC-8, poly 0x31, init 0x00, reflected in/out (LSB-first, reversed poly 0x8C), final XOR 0xFF; bitwise over n bytes, no lookup table. */
uint8_t compute_crc8(const uint8_t *data, size_t len)
{
    uint8_t crc = 0x31;
    for (size_t i = 0; i < len; i++) {
        crc ^= data[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0x31) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0xFF;
}

/* read_crc: read the 1-byte CRC stored little-endian at p. */
uint8_t read_crc(const uint8_t *p)
{
    return p[0];
}

/* crc8: CRC-8, poly 0x31, init 0x00, reflected in/out (LSB-first, reversed poly 0x8C), final XOR 0xFF; bitwise over n bytes, no lookup table. */
uint8_t crc8(const uint8_t *data, size_t len)
{
    uint8_t crc = 0x31;
    for (size_t i = 0; i < len; i++) {
        crc ^= data[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0x31) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0xFF;
}
