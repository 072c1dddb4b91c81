#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `slip_put` was usable (the code does not define `slip_put`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: b: byte; out: room for 2 bytes
 * Outputs: size_t bytes written
 * Behaviour: END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD; any other byte is copied as is. Returns 2 or 1.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
size_t slip_put(uint8_t b, uint8_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* slip_put_byte: write byte b SLIP-escaped into out (END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */

size_t slip_put_byte(uint8_t b, uint8_t *out)
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
#endif

/* copy_int: worst-case encoded size of n bytes (every byte escaped + END). */
size_t copy_int(size_t n)
{
    return 2 * n + 1;
}

/* gpiot: no attempt at `slip_encode` was usable (C compile error at line 6: 'b' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: b: byte; out: room for 2 bytes
 * Outputs: size_t bytes
 * Behaviour: END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD; any other byte is copied as is. Returns 2 or 1.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int slip_encode(const uint8_t *in, int len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* slip_encode: write byte b SLIP-escaped into out (END 0xC0 -> 0xDB 0xDC, ESC 0xDB -> 0xDB 0xDD).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */

int slip_encode(const uint8_t *in, uint8_t len, uint8_t *out)
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
#endif
