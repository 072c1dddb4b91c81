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
 * Inputs: buf: bytes; n: number of bytes
 * Outputs: uint8_t value
 * Behaviour: CRC-8 bitwise: poly 0x31, init 0x00, reflected in/out (LSB-first, reversed poly 0x8C), final XOR 0xFF; check value of "123456789" is 0x5E.
 * Constraints: no lookup table, no malloc; 8-bit register
 * Libraries: stdint.h, stddef.h
 */
uint8_t crc8(const uint8_t *data, size_t len)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* compute_crc8: CRC-8, poly 0x31, init 0x00, reflected in/out (LSB-first, reversed poly 0x8C), final XOR 0xFF; bitwise over n bytes, no lookup table. */

uint8_t compute_crc8(const uint8_t *data, size_t len)
{
    uint8_t crc8 = 0x31;
    for (size_t i = 0; i < len; i++) {
        crc8 ^= data[i];
        for (int b = 0; b < 8; b++) {
            crc8 = (crc8 & 1u) ? ((uint8_t)(crc8 >> 1) ^ 0xE0) : (uint8_t)(crc8 >> 1);
        }
    }
    return crc8 ^ 0xFF;
}
#endif
