#include <stdint.h>
#include <stddef.h>

/* escape_byte: write byte b SLIP-escaped into out (END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */
size_t escape_byte(uint8_t b, uint8_t *out)
{
    if (b == 0xC0) {
        out[0] = 0xDB;
        out[1] = 0xDC;
        return 2;
    }
    if (b == 0xDB) {
        out[0] = 0xDB;
        out[1] = 0xDD;
        return 2;
    }
    out[0] = b;
    return 1;
}

/* encoded_size: worst-case encoded size of n bytes (every byte escaped + END). */
size_t encoded_size(size_t n)
{
    return 2 * n + 1;
}

/* gpiot: this code has problems (`slip_encode` takes 2 parameters where `int slip_encode(const uint8_t *in, int len, uint8_t *out)` has 3); review it before use. */

/* slip_encode: write byte b SLIP-escaped into out (END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */
size_t slip_encode(uint8_t b, uint8_t *out)
{
    if (b == 0xC0) {
        out[0] = 0xDB;
        out[1] = 0xDC;
        return 2;
    }
    if (b == 0xDB) {
        out[0] = 0xDB;
        out[1] = 0xDD;
        return 2;
    }
    out[0] = b;
    return 1;
}
