#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `xor_length` was usable (the code does not define `xor_length`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: b: byte; out: room for 2 bytes
 * Outputs: size_t bytes written
 * Behaviour: END 0x7E -> 0x7D 0x5E, ESC 0x7D -> 0x7D 0x5D; any other byte is copied as is. Returns 2 or 1.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */

xor_length(uint8_t b, uint8_t *out)

{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* xor_length: write byte b HDLC-style-escaped into out (END 0x7E -> 0x7D 0x5E, ESC 0x7D -> 0x7D 0x5D).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */
#endif

/* max_encoded_size: worst-case encoded size of n bytes (every byte escaped + END). */
size_t max_encoded_size(size_t n)
{
    return 2 * n + 1;
}

/* gpiot: no attempt at `build_frame` was usable (C compile error at line 5: 'n' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* build_frame: worst-case encoded size of payload bytes (every byte escaped + END). */

int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    return 2 * n + 1;
}
#endif
