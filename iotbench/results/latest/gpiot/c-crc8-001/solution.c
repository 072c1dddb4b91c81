#include <stdint.h>
#include <stddef.h>

/* compute_crc32: CRC-32 (IEEE, reflected poly 0xEDB883200, init and final XOR 0xFFFFFFFF) over n bytes; bitwise, no lookup table. */

uint32_t compute_crc32(const uint8_t *msg, size_t length)
{uint32_t crc = 0xFFFFFFFFu;
for (size_t i = 0; i < length; i++) {
    crc ^= msg[i];
    for (int b = 0; b < 8; b++) {
        crc = (crc & 1u) ? (crc >> 1) ^ 0xEDB883200u : crc >> 1;
    }
}
return crc ^ 0xFFFFFFFFu;
}

/* get_trailer_crc: read the 4-byte CRC stored big-endian at p. */

uint32_t get_trailer_crc(const uint8_t *p)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        v = (v << 8) | p[i];
    }
    return (uint32_t)v;
}

/* gpiot: this code has problems (the code does not define `crc8`); review it before use. */

/* compute_crc32: CRC-32 (IEEE, reflected poly 0xEDB88320, init and final XOR 0xFFFFFFFF) over n bytes; bitwise, no lookup table. */
