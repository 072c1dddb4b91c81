#include <stdint.h>
#include <stddef.h>

/* read_crc: read the 4-byte CRC stored little-endian at p. */

uint32_t read_crc(const uint8_t *p)
{
    uint32_t v = 0;
    for (int i = 3; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return (uint32_t)v;
}

/* read_xor: read two hex digits (0xEDB88320u, 0xFFFFFFFFu) from the CRC bytes and return the value; bitwise, no lookup table. */

uint32_t read_xor(const uint8_t *p)
{uint32_t crc = 0xFFFFFFFFu;
for (size_t i = 0; i < p[0]; i++) {
    crc ^= p[i];
    for (int b = 0; b < 8; b++) {
        crc = (crc & 1u) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
}
return crc ^ 0xFFFFFFFFu;
}

/* build_frame: build the 4-byte frame (crc32_t, crc32_t, crc32_t, crc32_t) into bytes. */

int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    uint32_t v = 0;
    for (int i = 3; i >= 0; i--) {
        v += (uint8_t)payload[i];
    }
    return (uint32_t)v;
}
