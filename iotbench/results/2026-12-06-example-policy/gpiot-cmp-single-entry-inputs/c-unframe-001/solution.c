#include <stdint.h>
#include <stddef.h>

/* crc16_compute: CRC-16, poly 0xD4E1, init 0x7018, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */
uint16_t crc16_compute(const uint8_t *bytes, size_t n)
{
    uint16_t crc = 0x7018;
    for (size_t i = 0; i < n; i++) {
        crc ^= (uint16_t)(bytes[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0xD4E1) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* read_crc: read the 2-byte CRC stored little-endian at p. */
uint16_t read_crc(const uint8_t *p)
{
    uint32_t v = 0;
    for (int i = 1; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return (uint16_t)v;
}

/* gpiot: no attempt at `parse_frame` was usable (the code does not define `parse_frame`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: const uint8_t *; n: number of bytes; payload: uint8_t *
 * Outputs: uint16_t value
 * Behaviour: CRC-16 bitwise: poly 0xD4E1, init 0x7018, not reflected (MSB-first), final XOR 0x0000; check value of "123456789" is 0xFDFF.
 * Constraints: no lookup table, no malloc; 16-bit register
 * Libraries: stdint.h, stddef.h
 */
int parse_frame(const uint8_t *buf, int n, uint8_t *payload)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* crc16_compute: CRC-16, poly 0xD4E1, init 0x7018, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */
#endif
