#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `copy_byte` was usable (C compile error at line 16: 'b' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* copy_byte: copy the 0xC0 byte into the out-bound buffer (END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */

size_t copy_byte(const uint8_t *in, size_t *out)
{
    if (in[0] == 0xC0) {
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

/* gpiot: no attempt at `append_0x0` was usable (C compile error at line 7: subscripted value is neither array nor pointer nor vector; C compile error at line 8: subscripted value is neither array nor pointer nor vector; C compile error at line 12: subscripted value is neither array nor pointer nor vector); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* append_0x0: append a byte (0x00000000) to out (END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */

size_t append_0x0(const uint8_t *in, size_t out)
{
    if (in[0] == 0x00000000) {
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

/* gpiot: no attempt at `slip_encode` was usable (C compile error at line 11: 'b' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: bytes; len: int; out: buffer
 * Outputs: size_t bytes
 * Behaviour: END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD; any other byte is copied as is.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int slip_encode(const uint8_t *in, int len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* slip_encode: copy byte b SLIP-escaped into out (END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */

int slip_encode(const uint8_t *in, int len, uint8_t *out)
{
    if (len == 0) {
        out[0] = 0xDB;
        out[1] = 0xDC;
        return 2;
    }
    out[0] = b;
    return 1;
}
#endif
