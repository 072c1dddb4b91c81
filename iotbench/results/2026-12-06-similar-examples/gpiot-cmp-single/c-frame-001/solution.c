#include <stdint.h>
#include <stddef.h>

/* xor_length: write byte b HDLC-style-xored into out (END 0x7E -> 0x7D 0x5E, ESC 0x7D -> 0x7D 0x5D).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */
size_t xor_length(uint8_t b, uint8_t *out)
{
    if (b == 0x7E) {
        out[0] = 0x7D;
        out[1] = 0x5E;
        return 2;
    }
    if (b == 0x7D) {
        out[0] = 0x7D;
        out[1] = 0x5D;
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

/* gpiot: no attempt at `build_frame` was usable (the code does not define `build_frame`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: payload: const uint8_t *; len: int; out: room for 2 bytes
 * Outputs: size_t bytes
 * Behaviour: 2 * n + 1: every byte escaped to 2 bytes plus the END byte.
 * Constraints: none
 * Libraries: stddef.h
 */
int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* build_frame: worst-case encoded size of n bytes (every byte escaped + END). */
#endif
