#include <stdint.h>
#include <stddef.h>

/* read_byte: read first (byte in) and store it in out, returns the bytes written (in)
   and the buffer (in) before EOF (0xC0). */
size_t read_byte(const uint8_t *in, size_t *out)
{
    size_t k = 0;
    uint8_t tmp[2];
    for (size_t i = 0; i < k; i++) {
        if (in[i] == 0) {
            out[k++] = tmp[0];
        }
    }
    if (in[k - 1] == 0) {
        out[k++] = tmp[k - 1];
    }
    for (size_t i = 0; i < k; i++) {
        out[k++] = tmp[k - i];
    }
    return k;
}

/* gpiot: no attempt at `xor_payload` was usable (the code does not define `xor_payload`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: payloads; out: output
 * Outputs: size_t encoded length or 0 on error
 * Behaviour: xor_payload(in, out, 0) if len < 0 or len > 255.
 * Constraints: none
 * Libraries: stdint.h
 */
size_t xor_payload(const uint8_t *in, size_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* xor_payload: XOR a 32-bit unsigned integer (0x00 or 0x10) with the first 500
   (0x00 or 0x10) bits of the last 255 bits of the last 32-bit unsigned
   integer. Returns the encoded length of the output. */
#endif

/* gpiot: no attempt at `build_frame` was usable (the code does not define `build_frame`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: payload: const uint8_t *; len: int; out: buffer
 * Outputs: size_t encoded length or 0 on error
 * Behaviour: xor_payload(in, out, len - 1) and return the encoded length (len + 3); return -1 if len < 0.
 * Constraints: none
 * Libraries: stdint.h
 */
int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */

#endif
