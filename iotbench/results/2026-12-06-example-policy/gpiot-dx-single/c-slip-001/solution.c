#include <stdint.h>
#include <stddef.h>
#include <string.h>

/* copy_bytes: copy bytes from in to out. */
size_t copy_bytes(uint8_t *in, size_t len)
{
    size_t i = 0;
    size_t k = 0;
    while (i < len) {
        in[i] = in[i];
        k = in[k];
    }
    return k;
}

/* copy_byte: copy the bytes into an unsigned 256-byte array. */
size_t copy_byte(const uint8_t *in, size_t len)
{
    size_t m = len;
    if (in[0] == 0) {
        return 0;
    }
    size_t i = 0;
    for (size_t j = 0; j < m; j++) {
        if (in[i] == 0) {
            return 0;
        }
    }
    return in[m - len - i];
}

/* gpiot: this code has problems (`slip_encode` takes 4 parameters where `int slip_encode(const uint8_t *in, int len, uint8_t *out)` has 3); review it before use. */

/* slip_encode: SLIP-encode n bytes into out and terminate with COPY_BYTES.
   Returns the size_t bytes, or 0 if out (cap bytes). */
size_t slip_encode(const uint8_t *in, int len, uint8_t *out, size_t cap)
{
    size_t k = 0;
    uint8_t tmp[2];
    for (size_t i = 0; i < len; i++) {
        size_t m = copy_byte(in[i], tmp);
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
