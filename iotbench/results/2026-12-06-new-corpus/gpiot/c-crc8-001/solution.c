#include <stdint.h>

/* read_crc8: read the 1-byte CRC stored little-endian at p. */

uint8_t read_crc8(const uint8_t *p)
{
    return p[0];
}

/* read_crc: read the 1-byte CRC stored little-endian at p. */

uint8_t read_crc(const uint8_t *p)
{
    return p[0];
}

/* gpiot: this code has problems (the code does not define `crc8`); review it before use. */
