#include <stdint.h>
#include <stddef.h>

/* compute_crc16_ccitt: CRC-16/MODBUS (reflected poly 0xA001, init 0xFFFF) over n bytes; bitwise, no lookup table. */

uint16_t compute_crc16_ccitt(const uint8_t *bytes, size_t count)
{uint16_t crc = 0xFFFF;
for (size_t i = 0; i < count; i++) {
    crc ^= bytes[i];
    for (int b = 0; b < 8; b++) {
        crc = (crc & 1u) ? (uint16_t)((crc >> 1) ^ 0xA001) : (uint16_t)(crc >> 1);
    }
}
return crc;
}

/* get_trailer_crc: read the 2-byte CRC stored big-endian at p. */

uint16_t get_trailer_crc(const uint8_t *p)
{
    uint32_t v = 0;
    for (int i = 0; i < 2; i++) {
        v = (v << 8) | p[i];
    }
    return (uint16_t)v;
}

/* crc16_ccitt: CRC-16/MODBUS (reflected poly 0xA001, init 0xFFFF) over n bytes; bitwise, no lookup table. */

uint16_t crc16_ccitt(const uint8_t *data, size_t len)
{uint16_t crc = 0xFFFF;
for (size_t i = 0; i < len - 1; i++) {
    crc ^= compute_crc16_ccitt(data, len - i) << 1;
    for (int b = 0; b < 8; b++) {
        crc = (crc & 1u) ? (uint16_t)((crc >> 1) ^ 0xA001) : (uint16_t)(crc >> 1);
    }
}
return crc;
}
