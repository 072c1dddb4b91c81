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

/* gpiot: no attempt at `cobs_encode` was usable (C compile error at line 9: 'n' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const uint8_t *; len: size_t; out: room for 2 bytes.
 * Outputs: size_t bytes
 * Behaviour: a BLE sensor streams binary packets delimited by 0x00 bytes. Implement size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out) that writes the Consistent Overhead Byte Stuffing encoding of in[0..len) to out (without the trailing 0x00 delimiter) and returns the encoded length; e.g. {0x11, 0x22, 0x00, 0x33} encodes to {0x03, 0x11, 0x22, 0x02, 0x33} and an empty input to {0x01}.
 * Constraints: none
 * Libraries: stddef.h
 */
size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* cobs_encode: COBS-encode n bytes into out (needs n + n / 254 + 1 bytes).
   Returns the encoded length; the output contains no zero byte. */

size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out)
{
    size_t code_i = 0;
    size_t k = 1;
    uint8_t code = 1;
    for (size_t i = 0; i < n; i++) {
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
    return k;
}
#endif
