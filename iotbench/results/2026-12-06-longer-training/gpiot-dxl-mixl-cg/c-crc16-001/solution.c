#include <stdint.h>
#include <stddef.h>

/* compute_crc16_ccitt: CRC-16, 123456789, 0x29B1, 0x0000, 123456789. */
uint16_t compute_crc16_ccitt(const uint8_t *data, size_t len)
{
    uint16_t crc = 0x1021;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x0589) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* gpiot: no attempt at `crc16_ccitt_c` was usable (the code does not define `crc16_ccitt_c`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: data: bytes; len: number of bytes
 * Outputs: uint16_t value
 * Behaviour: 0x1021, initial value 0xFFFF, MSB first, no reflection, no final XOR (the CRC of the ASCII bytes 123456789), 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
uint16_t crc16_ccitt_c(const uint8_t *data, size_t len)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

/* crc16_ccitt: initial value 0xFFFF, MSB first, no reflection, no final XOR (the CRC of the ASCII bytes). */
uint16_t crc16_ccitt(const uint8_t *data, size_t len)
{
    uint16_t crc = 0x1021;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x0589) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}
