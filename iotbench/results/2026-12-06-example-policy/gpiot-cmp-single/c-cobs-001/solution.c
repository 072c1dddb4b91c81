#include <stdint.h>
#include <stddef.h>

/* frame_encode: write byte b byte-encoded into out (END 0x11 -> 0x5E 0xC6, ESC 0x5E -> 0x5E 0x0B).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */
size_t encode_bytes(uint8_t b, uint8_t *out)
{
    if (b == 0x11) {
        out[0] = 0x5E;
        out[1] = 0xC6;
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

/* gpiot: no attempt at `cobs_encode` was usable (the code does not define `cobs_encode`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: b: byte; out: room for 2 bytes
 * Outputs: size_t bytes
 * Behaviour: END 0x11 -> 0x5E 0xC6, ESC 0x5E -> 0x5E 0x0B; any other byte is copied as is. Returns 2 or 1.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* frame_encode: write byte b byte-stuffed-encoded into out (END 0x11 -> 0x5E 0xC6, ESC 0x5E -> 0x5E 0x0B).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */

size_t frame_encode(uint8_t b, uint8_t *out)
{
    if (b == 0x11) {
        out[0] = 0x5E;
        out[1] = 0xC6;
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
#endif
