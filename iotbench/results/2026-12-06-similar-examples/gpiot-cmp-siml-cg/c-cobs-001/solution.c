#include <stdint.h>
#include <stddef.h>

/* encode_bytes: write byte b byte-stuffed-escaped into out (END 0x11 -> 0x5E 0xC6, ESC 0x5E -> 0x5E 0x0B).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */
size_t encode_bytes(uint8_t b, uint8_t *out)
{
    if (b == 0x11) {
        out[0] = 0x5E;
        out[1] = 0x0B;
        return 2;
    }
    if (b == 0x5E) {
        out[0] = 0x5E;
        out[1] = 0x0B;
        return 2;
    }
    out[0] = b;
    return 1;
}

/* max_encoded_size: worst-case encoded size of n bytes (every byte escaped + END). */
size_t max_encoded_size(size_t n)
{
    return 2 * n + 1;
}

/* gpiot: no attempt at `cobs_encode` was usable (C compile error at line 5: 'n' undeclared (first use in this function); did you mean 'in'?); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const uint8_t *; len: size_t; out: room for 2 bytes.
 * Outputs: size_t bytes
 * Behaviour: 2 * n + 1: every byte escaped to 2 bytes plus the END byte.
 * Constraints: none
 * Libraries: stddef.h
 */
size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* cobs_encode: worst-case encoded size of n bytes (every byte escaped + END). */

size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out)
{
    return 2 * n + 1;
}
#endif
