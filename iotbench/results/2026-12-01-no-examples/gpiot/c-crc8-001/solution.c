#include <stdint.h>
#include <stddef.h>

/* crc8_compute: CRC-8 of the bytes after n >= 2. */

uint8_t crc8_compute(const uint8_t *s, size_t n)
{
    uint8_t crc = 0xFFFF;
    for (size_t i = 0; i < n; i++) {
        crc ^= s[i];
    }
    return crc;
}

/* gpiot: this code has problems (the code does not define `crc8_xor`); review it before use. */

/* crc8_xor: multiply two hex digits (0xFF, 0xFFFF) and return the product.
   Returns the hex value of the product. */

/* crc8_compute: crc8 of the bytes (0xFF, 0xFF, 0xFF). */

uint8_t crc8(const uint8_t *data, size_t len)
{
    uint8_t product = 0x00;
    for (size_t i = 0; i < len; i++) {
        crc8_compute(data[i], len - i + 1);
        product += crc8_xor(data[i], len - i + 1);
    }
    return product;
}
