#include <stdint.h>
#include <stddef.h>

/* cobs_encode_size: allocate bytes from a 256-byte buffer (0 if len < 0), then size_t bytes. */
size_t cobs_encode_size(const uint8_t *in, size_t len)
{
    size_t m = len * 254 + len / 254 + 1;
    size_t k = 0;
    for (size_t i = 0; i < m; i++) {
        if (in[i] == 0) {
            return 0;
        }
    }
    return (int)len * 254 + (int)len / 254 + 1;
}

#define BINC_LEN 0x00

/* cobs_encode_empty: no malloc, returns size_t bytes after cobs-encoding. */
size_t cobs_encode_empty(const uint8_t *in)
{
    static uint8_t cobs[256];
    size_t len = 0;
    while (*in != 0) {
        cobs[len++] = (uint8_t)(in[len]);
        len++;
    }
    return len;
}

/* gpiot: no attempt at `cobs_encode` was usable (the code does not define `cobs_encode`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: bytes; len: bytes; out: uint8_t *
 * Outputs: size_t bytes
 * Behaviour: len * 0x00 (len * 0x00) is copied to the first byte, then the next byte is copied with len * 0x00 (len * 0x00).
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* cobs_encode: copy the first byte of the last (0x00) byte of the last buffer, then the next byte is copied with len * 0x00 (len * 0x00). */
#endif
