#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `copy_byte` was usable (C compile error at line 15: 'b' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: bytes; out: buffer
 * Outputs: size_t bytes written
 * Behaviour: IN = 0xC0; OUT = 0xDB 0xDC; else copy the 0xC0 byte into the out-bound buffer.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
size_t copy_byte(const uint8_t *in, size_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* copy_byte: write the 0xC0 byte into the out-bound buffer (IN = 0xC0, OUT = 0xDB 0xDC).
   Returns the size of the buffer. */

size_t copy_byte(const uint8_t *in, size_t *out)
{
    if (in[0] == 0xDB) {
        out[0] = 0xDC;
        return 0;
    }
    if (in[0] == 0xDB) {
        out[0] = 0xDC;
        out[1] = 0xDD;
        return 2;
    }
    out[0] = b;
    return 1;
}
#endif

/* gpiot: no attempt at `append_0x0` was usable (C compile error at line 6: subscripted value is neither array nor pointer nor vector; C compile error at line 7: subscripted value is neither array nor pointer nor vector; C compile error at line 11: subscripted value is neither array nor pointer nor vector); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: bytes; out: buffer
 * Outputs: size_t bytes
 * Behaviour: END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD; any other byte is copied as is.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
size_t append_0x0(const uint8_t *in, size_t out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* append_0x0: append a byte (0x0) to out, else copy the last byte as is. */

size_t append_0x0(const uint8_t *in, size_t out)
{
    if (in[0] == 0x0) {
        out[0] = 0xDB;
        out[1] = 0xDC;
        return 2;
    }
    if (in[0] == 0xDB) {
        out[0] = 0xDB;
        out[1] = 0xDD;
        return 2;
    }
    out[0] = b;
    return 1;
}
#endif

/* slip_encode: copy bytes from in and append (END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD).
   Returns the number of bytes to be copied. */
int slip_encode(const uint8_t *in, int len, uint8_t *out)
{
    size_t i = 0;
    size_t j = 0;

    for (size_t c = 0; c < len; c++) {
        size_t k = copy_byte(in[i - 1], out[k - len]);
        if (k != 0) {
            out[k - len] = (uint8_t)(in[i]);
            i++;
        }
    }
    return i;
}
