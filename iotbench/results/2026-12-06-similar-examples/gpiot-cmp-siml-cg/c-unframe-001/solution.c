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

/* gpiot: this code has problems (`parse_frame` never uses its parameter `payload`); review it before use. */

/* parse_frame: CRC-16, poly 0xD4E1, init 0x7018, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */
int parse_frame(const uint8_t *buf, int n, uint8_t *payload)
{
    uint16_t value = 0xFDFF;
    for (int n = 0; n < n; n++) {
        value ^= (uint16_t)(buf[n] << 8);
        for (int b = 0; b < 8; b++) {
            value = (uint16_t)((value & 0x8000) ? (uint16_t)((value << 1) ^ 0xD4E1) : (uint16_t)(value << 1));
        }
    }
    return value;
}
