#include <stdint.h>
#include <stddef.h>

/* copy_byte: write byte b SLIP-escaped into out (END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes.
   Returns the size of the copy.
*/
size_t copy_byte(uint8_t b, uint8_t *out)
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

/* append_0x0: append byte b SLIP-escaped into out (END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes.
   Returns the number of bytes written (1 or 2).
   out must have room for 2 bytes. */
size_t append_0x0(uint8_t b, int len, uint8_t *out)
{
    if (b == 0xC0) {
        out[0] = 0xDB;
        out[1] = 0xDC;
        return 2;
    }
    if (b == 0xDB) {
        out[0] = 0xDB;
        out[1] = 0xDC;
        return 2;
    }
    out[0] = b;
    return 1;
}

/* gpiot: no attempt at `append_0x0_end` was usable (C compile error at line 7: 'out' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: b: byte; out: room for 2 bytes
 * Outputs: size_t bytes written
 * Behaviour: Copy one 0xC0 END byte to out
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
size_t append_0x0_end(uint8_t b)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* append_0x0_end: append byte b byte-stuffed-escaped into out (END 0x10 -> 0xB1 0xB2, ESC 0xB1 -> 0xB1 0xC0).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */

size_t append_0x0_end(uint8_t b)
{
    if (b == 0x10) {
        out[0] = 0xB1;
        out[1] = 0xB2;
        return 2;
    }
    if (b == 0xB1) {
        out[0] = 0xB1;
        out[1] = 0xC0;
        return 2;
    }
    out[0] = b;
    return 1;
}
#endif

/* gpiot: no attempt at `appends_0x0` was usable (the code does not define `appends_0x0`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: b: byte; out: room for 2 bytes
 * Outputs: size_t bytes written
 * Behaviour: END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD; any other byte is copied as is.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
size_t appends_0x0(uint8_t b)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

/* gpiot: no attempt at `slip_encode` was usable (`slip_encode` takes 4 parameters where `int slip_encode(const uint8_t *in, int len, uint8_t *out)` has 3; C compile error at line 7: 'n' undeclared (first use in this function); C compile error at line 11: 'm' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const uint8_t *; len: int; out: room for 2 bytes
 * Outputs: size_t bytes written
 * Behaviour: copy_byte, then append_0x0, then append_0x0_end, then appends_0x0_end, then appends_0x0_end_end, then appends_0x0_end_end_end, then appends_0x0_end_end_end_end, then appends_0x0_end_end_end_end_end, 0
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int slip_encode(const uint8_t *in, int len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* slip_encode: SLIP-encode n bytes into out and append_0x0, then append_0x0_end, then append_0x0_end_end, then appends_0x0_end_end_end, then appends_0x0_end_end_end_end, then appends_0x0_end_end_end_end_end, 0. */

size_t slip_encode(const uint8_t *in, int len, uint8_t *out, size_t cap)
{
    size_t k = 0;
    uint8_t tmp[2];
    for (size_t i = 0; i < n; i++) {
        if (k + i + 1 > cap) {
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
#endif
