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

/* gpiot: no attempt at `build_frame` was usable (C compile error at line 8: 'n' undeclared (first use in this function); C compile error at line 9: implicit declaration of function 'frame_escape' [-Werror=implicit-function-declaration]; C compile error at line 9: 'in' undeclared (first use in this function); did you mean 'i'?); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: payload: const uint8_t *; len: int; out: room for 2 bytes
 * Outputs: size_t bytes
 * Behaviour: a sensor sends readings over UART in frames. Implement int build_frame(const uint8_t *payload, int len, uint8_t *out) that writes the frame 0x7E, len, payload[0..len), checksum to out, where checksum is the XOR of the length byte and all payload bytes, and returns the frame length (len + 3); return -1 without writing anything when len < 0 or len > 255.
 * Constraints: none
 * Libraries: stddef.h
 */
int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* frame_frame: HDLC-style-encode n bytes into out and terminate with END (0x7E).
   Returns the encoded length, or 0 if out (cap bytes) is too small. */

int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    size_t k = 0;
    uint8_t tmp[2];
    for (size_t i = 0; i < n; i++) {
        size_t m = frame_escape(in[i], tmp);
        if (k + m + 1 > cap) {
            return 0;
        }
        for (size_t j = 0; j < m; j++) {
            out[k++] = tmp[j];
        }
    }
    if (k + 1 > cap) {
        return 0;
    }
    out[k++] = 0x7E;
    return k;
}
#endif
