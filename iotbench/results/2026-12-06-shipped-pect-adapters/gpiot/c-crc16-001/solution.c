#include <stdint.h>
#include <stddef.h>

/* crc16_ccitt: CRC-16/CCITT-FALSE, poly 0x1021, init 0xFFFF, MSB first, no reflection, no final XOR (the CRC of the ASCII bytes 0x1021 is 0x1021, the MSB-first bit is XOR 0x0000), check value of \"123456789\" , no lookup table, no malloc; 16-bit register, no malloc. */
uint16_t crc16_ccitt(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x1021) ? (uint16_t)((crc << 1) ^ 0x0000) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* load_crc: read the 2-byte CRC stored little-endian at p. */
uint16_t load_crc(const uint8_t *p)
{
    uint32_t v = 0;
    for (int i = 1; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return (uint16_t)v;
}

/* gpiot: no attempt at `crc16_ccitt_2` was usable (C compile error at line 7: invalid operands to binary << (have 'const uint8_t *' {aka 'const unsigned char *'} and 'int')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: )]}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {
 * Outputs: uint16_t value
 * Behaviour: CRC-16/CCITT-FALSE bitwise: poly 0x1021, init 0xFFFF, not reflected (MSB-first), final XOR 0x0000; check value of "123456789" is 0x29B1.
 * Constraints: no lookup table, no malloc; 16-bit register
 * Libraries: stdint.h, stddef.h
 */
uint16_t crc16_ccitt_2(const uint8_t *data, size_t len)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* crc16_ccitt_2: CRC-16/CCITT-FALSE bitwise: poly 0x1021, init 0xFFFF, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */

uint16_t crc16_ccitt_2(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x0589) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}
#endif
