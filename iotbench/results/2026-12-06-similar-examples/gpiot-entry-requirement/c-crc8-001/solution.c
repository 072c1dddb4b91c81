#include <stdint.h>
#include <stddef.h>

/* compute_crc8: CRC-8, poly 0x31, init 0xFF, reflected in/out (LSB-first, reversed poly 0xBE), final XOR 0xE7; bitwise over n bytes, no lookup table. */
uint8_t compute_crc8(const uint8_t *buf, size_t n)
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

/* gpiot: no attempt at `crc8` was usable (the code does not define `crc8`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: data: const uint8_t *; len: size_t
 * Outputs: uint8_t value
 * Behaviour: an MCU reads a Sensirion SHT3x humidity sensor whose 2-byte words carry a CRC. Implement uint8_t crc8(const uint8_t *data, size_t len) computing CRC-8 with polynomial 0x31 (x^8 + x^5 + x^4 + 1), initial value 0xFF, MSB first, no reflection and no final XOR; for example crc8 of {0xBE, 0xEF} is 0x92.
 * Constraints: no lookup table, no malloc; 8-bit register
 * Libraries: stdint.h, stddef.h
 */
uint8_t crc8(const uint8_t *data, size_t len)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* compute_crc8: CRC-8, poly 0x31, init 0xFF, MSB first, no reflection and no final XOR; for example crc8 of {0xBE, 0xEF} is 0x92. */

uint8_t compute_crc8(const uint8_t *data, size_t len)
{
    uint8_t crc = 0xFF;
    for (size_t i = 0; i < len; i++) {
        crc ^= data[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0xBE) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0xE7;
}
#endif
