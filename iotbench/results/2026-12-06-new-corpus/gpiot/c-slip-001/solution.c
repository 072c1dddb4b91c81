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

/* copy_byte: write byte b SLIP-escaped into out (END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */

size_t copy_byte(uint8_t *b, uint8_t *out)
{
    if (b == 0xC0) {
        out[0] = 0xDB;
        out[1] = 0xDC;
        return 2;
    }
    out[0] = b;
    return 1;
}

/* gpiot: this code has problems (C compile error at line 6: 'b' undeclared (first use in this function)); review it before use. */

/* slip_encode: write byte b SLIP-escaped into out (END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */

size_t slip_encode(const uint8_t *in, int len, uint8_t *out)
{
    if (b == 0xC0) {
        out[0] = 0xDB;
        out[1] = 0xDC;
        return 2;
    }
    out[0] = b;
    return 1;
}
