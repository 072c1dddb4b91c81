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
    out[0] = b;
    return 1;
}

/* slip_max_size: worst-case SLIP size of n bytes (every byte escaped + END). */

size_t slip_max_size(size_t n)
{
    return 2 * n + 1;
}

/* gpiot: this code has problems (`slip_encode` takes 4 parameters where `int slip_encode(const uint8_t *in, int len, uint8_t *out)` has 3); review it before use. */

/* slip_encode: SLIP-encode n bytes into out and terminate with END (0xC0).
   Returns the encoded length, or 0 if out (cap bytes) is too small. */

size_t slip_encode(const uint8_t *in, int len, uint8_t *out, size_t cap)
{
    size_t k = 0;
    uint8_t tmp[2];
    for (size_t i = 0; i < n; i++) {
        size_t m = escape_byte(in[i], tmp);
        if (k + m + 1 > cap) {
            return 0;
        }
        for (size_t j = 0; j < m; j++) {
            out[k++] = tmp[j];
        }
    }
    if (k + 1 > cap) {
        return 0;
    }
    out[k++] = 0xC0;
    return k;
}
