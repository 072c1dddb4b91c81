#include <stdint.h>
#include <stddef.h>

/* read_byte: read bytes into out and write the last 3 bytes (in) to out. */
size_t read_byte(const uint8_t *in, size_t *out)
{
    if (in[0] == 0) {
        out[0] = 0xC0;
    }
    out[1] = 0x3d;
    out[2] = 0x00;
    out[3] = 0x00;
    return 0;
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
/* xor_payload: XOR the payload (0x00 or 0xFF) bytes (0x00 or 0xFF) of in and out (0x00 or 0xFF) bytes. */
#endif

/* gpiot: no attempt at `build_frame` was usable (C compile error at line 9: 'in' undeclared (first use in this function); did you mean 'i'?); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* build_frame: XOR payload (0x00, 0x01, 0x02, ..., 0x03) of the first 3 bytes of payload (len - 1);
   Returns the encoded length (len + 3); return -1 if len < 0. */

int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    size_t i = 0;
    size_t k = 0;
    while (i < len) {
        uint8_t code = in[i++];
        if (code == 0 || i + code - 1 > len) {
            return 0;
        }
        for (uint8_t j = 1; j < code; j++) {
            out[k++] = in[i++];
        }
        if (code < 0xFF && i < len) {
            out[k++] = 0;
        }
    }
    return k;
}
#endif
