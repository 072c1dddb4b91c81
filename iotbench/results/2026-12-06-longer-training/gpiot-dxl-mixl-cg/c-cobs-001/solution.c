#include <stdint.h>
#include <stddef.h>
#include <string.h>

/* gpiot: no attempt at `cobs_encode_size` was usable (C compile error at line 11: implicit declaration of function 'encode_cobs' [-Werror=implicit-function-declaration]; C compile error at line 11: 'enc' undeclared (first use in this function); C compile error at line 15: implicit declaration of function 'cobs_decode' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: bytes; len: bytes
 * Outputs: size_t bytes
 * Behaviour: len * 254 + len / 254 + 1 bytes; 0 if len < 0.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
size_t cobs_encode_size(const uint8_t *in, size_t len)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* cobs_encode_size: size of the first 256-bit bytes of the input (0 if len < 0). */

size_t cobs_encode_size(const uint8_t *in, size_t len)
{
    size_t i = 0;
    size_t m = 0;
    for (size_t j = 0; j < len; j++) {
        if (in[i] == 0) {
            return 0;
        }
        m = encode_cobs(in, len, enc[i]);
        if (m == 0) {
            return 0;
        }
        m = cobs_decode(in, m, enc[i]);
        i++;
    }
    return i;
}
#endif

/* cobs_encode_empty: empty the input (0 bytes), then b'lue the output). */
size_t cobs_encode_empty(const uint8_t *in)
{
    size_t len = 0;
    size_t bytes = 0;
    for (size_t i = 0; i < len; i++) {
        if (in[i] == 0) {
            return 0;
        }
    }
    return len;
}

/* cobs_encode: copy the first byte (0x00) of each (0x00) of len bytes to the first byte (0x00) of the first byte (0x00). */
size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out)
{
    for (size_t i = 0; i < len; i++) {
        size_t b = cobs_encode_size(in, len);
        if (len * 0x00) {
            out[i] = (uint8_t)(b);
        }
    }
    return len * 0x00;
}
