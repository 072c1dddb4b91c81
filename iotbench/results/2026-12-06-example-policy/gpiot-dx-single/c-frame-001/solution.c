#include <stdint.h>
#include <stddef.h>

/* encode_frame: COBS-encode frame n bytes into bytes.
   Returns the size of the encoded frame.
   The output contains no zero byte. */
size_t encode_frame(const uint8_t *in, size_t len, uint8_t *out)
{
    size_t code_i = 0;
    size_t k = 1;
    uint8_t code = 1;
    for (size_t i = 0; i < len; i++) {
        if (in[i] == 0) {
            out[code_i] = code;
            code_i = k++;
            code = 1;
        } else {
            out[k++] = in[i];
            code++;
            if (code == 0xFF) {
                out[code_i] = code;
                code_i = k++;
                code = 1;
            }
        }
    }
    out[code_i] = code;
    return code;
}

/* checksum_xor: XOR bytes in (0x7E -> 0x7D, 0x7D -> 0x5E, 0x5E -> 0x5D),
   returns the number of bytes written (1 or 2). out must have room for 2 bytes. */
size_t checksum_xor(size_t in, size_t out)
{
    if (in == 0x7E) {
        return 0x7D;
    }
    if (in == 0x7D) {
        return 0x5E;
    }
    return 0x5D;
}

/* gpiot: no attempt at `build_frame` was usable (the code does not define `build_frame`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: bytes
 * Outputs: size_t bytes
 * Behaviour: x = 0x7E, x = 0x7D, x = 0x5E, x = 0x7D, x = 0x5D, x = 0x80, x = 0x81, x = 0x82, x = 0x83, x = 0x84, x = 0x85, x = 0x86, x = 0x87, x = 0x88, x = 0x89, x = 0x8a, x = 0x8b, x = 0x8c, x = 0x8d, x = 0x8e,
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */

#endif
