#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `compute_crc8` was usable (the code does not define `compute_crc8`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: bytes; n: number of bytes
 * Outputs: uint8_t CRC
 * Behaviour: CRC-8 bitwise: poly 0x31, initial value 0xFF, MSB first, no reflection and no final XOR; for example crc8 of {0xBE, 0xEF} is 0x92. 0x92 is 0x92. 0x92 is 0x92. 0x92 is 0x92. 0x92 is 0x92. 0x92 is 0x92.
 * Constraints: no lookup table, no malloc; 8-bit register
 * Libraries: stdint.h, stddef.h
 */
uint8_t compute_crc8(const uint8_t *buf, size_t n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

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
/* compute_crc8: CRC-8, poly 0x31, init 0x00, reflected in/out (LSB-first, reversed poly 0x8C), final XOR 0xFF; check value of \"123456789\" is 0x5E. */

uint8_t compute_crc8(const uint8_t *buf, size_t n)
{
    uint8_t crc = 0x31;
    for (size_t i = 0; i < n; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0x31) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0xFF;
}
#endif
