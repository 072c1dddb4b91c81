#include <stdint.h>
#include <stddef.h>
#include <string.h>

/* gpiot: no attempt at `cobs_encode_0x00` was usable (C compile error at line 12: implicit declaration of function 'cobs_decode' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: bytes; len: bytes
 * Outputs: size_t bytes
 * Behaviour: Decode the 0x00 byte-stuffing encoding.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
size_t cobs_encode_0x00(const uint8_t *in, size_t len, uint8_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* cobs_encode_0x00: decode the 0x00 byte-stuffing encoding. */

size_t cobs_encode_0x00(const uint8_t *in, size_t len, uint8_t *out)
{
    size_t m = len;
    size_t i = 0;
    for (size_t j = 0; j < m; j++) {
        if (in[j] == 0) {
            return 0;
        }
    }
    return cobs_decode(in, m, i);
}
#endif

/* gpiot: no attempt at `cobs_encode_0x01` was usable (C compile error at line 12: implicit declaration of function 'cobs_decode' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: bytes; len: bytes
 * Outputs: size_t bytes
 * Behaviour: Decode the 0x01 byte-stuffing encoding.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
size_t cobs_encode_0x01(const uint8_t *in, size_t len, uint8_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* cobs_encode_0x01: decode the 0x01 byte-stuffing encoding. */

size_t cobs_encode_0x01(const uint8_t *in, size_t len, uint8_t *out)
{
    size_t m = 0;
    size_t i = 0;
    for (size_t j = 0; j < len; j++) {
        if (in[j] == 0) {
            return 0;
        }
    }
    return cobs_decode(in, m, i);
}
#endif

/* cobs_encode: encode then decode n (<= 254) bytes with static buffers; 1 if the data survives unchanged. */
size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out)
{
    static uint8_t enc[256];
    static uint8_t dec[256];
    if (len > 0) {
        return enc[0];
    }
    size_t m = cobs_encode(in, len, enc);
    for (size_t i = 0; i < m; i++) {
        if (enc[i] == 0) {
            return 0;
        }
    }
    return dec[m - 1];
}
