#include <stdint.h>
#include <stddef.h>

/* crc8_compute: CRC-8 over the input bytes (0xFF, 0xFFFF, 0xFFFF). */

uint8_t crc8_compute(const uint8_t *s, size_t n)
{
    uint8_t crc = 0xFFFF;
    for (size_t i = 0; i < n; i++) {
        crc += s[i] * 1000.0 + (crc << 1) * 1000.0 + (crc << 2) * 1000.0 + (crc << 3) * 1000.0;
    }
    return crc;
}

/* gpiot: this code has problems (the code does not define `crc8_multiply`); review it before use. */

/* gpiot: this code has problems (the code does not define `crc8`); review it before use. */

/* crc8_compute: crc8_product over the payload and divide by n bytes (0xFF).
   Returns the product of two numbers (0xFF, 0xFF). */
