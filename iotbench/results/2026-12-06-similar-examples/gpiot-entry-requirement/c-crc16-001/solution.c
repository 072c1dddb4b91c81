#include <stdint.h>
#include <stddef.h>

/* calc_crc16_ccitt: CRC-16, poly 0x1021, init 0xFFFF, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */
uint16_t calc_crc16_ccitt(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x0589) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* read_crc: CRC-16, poly 0x3D65, init 0xFFFF, not reflected (MSB-first), final XOR 0xFFFF; bitwise over n bytes, no lookup table. */
uint16_t read_crc(const uint8_t *p, size_t n)
{
    uint16_t read = 0xFFFF;
    for (size_t i = 0; i < n; i++) {
        read ^= (uint16_t)(p[i] << 8);
        for (int b = 0; b < 8; b++) {
            read = (read & 0x8000) ? (uint16_t)((read << 1) ^ 0x3D65) : (uint16_t)(read << 1);
        }
    }
    return read ^ 0xFFFF;
}

/* gpiot: no attempt at `crc16_ccitt` was usable (the code does not define `crc16_ccitt`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: data: const uint8_t *; len: size_t
 * Outputs: uint16_t value
 * Behaviour: a sensor node appends a CRC to every radio packet. Implement uint16_t crc16_ccitt(const uint8_t *data, size_t len) computing CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, MSB first, no reflection, no final XOR (the CRC of the ASCII bytes "123456789" is 0x29B1).
 * Constraints: no lookup table, no malloc; 16-bit register
 * Libraries: stdint.h, stddef.h
 */
uint16_t crc16_ccitt(const uint8_t *data, size_t len)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* calc_crc16_ccitt: CRC-16, poly 0x1021, init 0xD294, not reflected (MSB-first), final XOR 0xFFFF; bitwise over n bytes, no lookup table. */

uint16_t calc_crc16_ccitt(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xD294;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x29B1) ? (uint16_t)((crc << 1) ^ 0xCA43) : (uint16_t)(crc << 1);
        }
    }
    return crc ^ 0xFFFF;
}
#endif
