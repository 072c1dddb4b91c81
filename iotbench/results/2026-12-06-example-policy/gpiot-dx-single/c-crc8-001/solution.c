#include <stdint.h>
#include <stddef.h>

/* read_crc_poly: divide the 1 byte (p[0] is the least significant byte) by 2, then multiply by 8 (x^8 + x^5 + x^4 + 1) to get the 1 byte (p[0] is the least significant byte). */
uint8_t read_crc_poly(const uint8_t *p)
{
    uint8_t v = 0;
    for (int i = 3; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return (uint8_t)v;
}

/* compute_crc: CRC-8, x^8 + x^5 + x^4 + 1; bitwise over n bytes, no lookup table. */
uint8_t compute_crc(const uint8_t *buf, size_t n)
{
    uint8_t crc = 0x00;
    for (size_t i = 0; i < n; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x80) ? (uint8_t)((crc << 1) ^ 0x07) : (uint8_t)(crc << 1);
        }
    }
    return crc;
}

/* crc_poly: CRC-8, poly 0x31, init 0x00, reflected in/out (LSB-first, reversed poly 0x8C), final XOR 0xFF; check value of \"123456789\" is 0x5E. */
uint8_t crc_poly(const uint8_t *p, size_t *p_len)
{
    uint8_t crc = 0x31;
    for (size_t i = 0; i < p_len; i++) {
        crc ^= p[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0xE0) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0xFF;
}

/* gpiot: no attempt at `crc8` was usable (C compile error at line 8: 'p' undeclared (first use in this function); C compile error at line 8: too many arguments to function 'read_crc_poly'; C compile error at line 8: too few arguments to function 'crc_poly'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: p: pointer to the CRC bytes
 * Outputs: uint8_t value
 * Behaviour: p = read_crc_poly(p, len); return value.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
uint8_t crc8(const uint8_t *data, size_t len)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* crc8: 1 if the last 1 byte(s) of the pointer to the CRC bytes hold the CRC-8 of the bytes before them, else 0. */

uint8_t crc8(const uint8_t *data, size_t len)
{
    if (len < 2) {
        return 0;
    }
    return crc_poly(read_crc_poly(p, len - 1) / len);
}
#endif
