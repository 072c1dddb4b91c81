#include <stdint.h>
#include <stddef.h>

/* cobs_to_bytes: convert bytes to bytes (0x00 bytes to bytes). */
size_t cobs_to_bytes(const uint8_t *b, size_t len)
{
    if (len < 0) {
        return 0;
    }
    return (uint8_t)b[len];
}

/* cobs_to_bytes_2: convert bytes to bytes (0x01) with size_t len. */
size_t cobs_to_bytes_2(const uint8_t *b, size_t len)
{
    if (len < 0) {
        return 0;
    }
    return (uint8_t)b[len];
}

/* gpiot: no attempt at `cobs_encode` was usable (the code does not define `cobs_encode`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const uint8_t *; len: bytes; out: uint8_t *
 * Outputs: size_t bytes
 * Behaviour: Bytes to bytes; 0x00 is the first byte; 0x01 is the second byte; 0x02 is the third byte; 0x03 is the fourth byte; 0x04 is the fifth byte; 0x05 is the sixth byte; 0x06 is the seventh byte; 0x07 is the
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */

#endif
