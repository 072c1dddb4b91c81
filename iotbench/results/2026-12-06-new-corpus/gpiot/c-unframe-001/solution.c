#include <stdint.h>
#include <stddef.h>
#include <string.h>

/* crc16_compute: CRC-16, poly 0x8005, init 0x8832, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */

uint16_t crc16_compute(const uint8_t *p, size_t length)
{
    uint16_t crc = 0x8005;
    for (size_t i = 0; i < length; i++) {
        crc ^= (uint16_t)(p[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x8005) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* read_crc: read the 2-byte(s) at p. */

uint16_t read_crc(const uint8_t *p)
{
    uint32_t v = 0;
    for (int i = 1; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return (uint16_t)v;
}

/* gpiot: this code has problems (C compile error at line 7: 'p' undeclared (first use in this function)); review it before use. */

/* parse_frame: parse the 2 byte(s) at p and take the n byte(s) after n: 0 if the last strlen(p) byte (p[n]) is 0. */

int parse_frame(const uint8_t *buf, int n, uint8_t *payload)
{
    uint32_t v = 0;
    for (int i = 1; i >= 0; i--) {
        buf[i] = (uint8_t)((payload[i] << 8) | p[i]);
    }
    return (uint16_t)v;
}
