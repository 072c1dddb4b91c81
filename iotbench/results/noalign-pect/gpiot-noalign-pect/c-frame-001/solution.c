#include <stdint.h>
#include <stddef.h>

/* frame_escape: write byte b HDLC-style-escaped into out (END 0x7E -> 0x7D 0x5E, ESC 0x7D -> 0x7D 0x5D).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */
size_t frame_escape(uint8_t b, uint8_t *out)
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
 * Inputs: b: byte; out: room for 2 bytes
 * Outputs: size_t bytes
 * Behaviour: END 0x7E -> 0x7D 0x5E, ESC 0x7D -> 0x7D 0x5D; any other byte is copied as is. Returns 2 or 1.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* frame_escape: write byte b HDLC-style-escaped into out (END 0x7E -> 0x7D 0x5E, ESC 0x7D -> 0x7D 0x5D).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */

size_t frame_escape(uint8_t b, uint8_t *out)
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
#endif
