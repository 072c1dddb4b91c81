#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `read_frame` was usable (C compile error at line 16: 'b' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: b: byte; out: room for 2 bytes
 * Outputs: size_t bytes written
 * Behaviour: 0x7E -> 0x7D 0x5E, 0x7E -> 0x7D 0x5D; any other byte is copied as is.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
size_t read_frame(const uint8_t *payload, size_t len, uint8_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* read_frame: read frame b HDLC-style-escaped into out (0x7E -> 0x7D 0x5E, 0x7E -> 0x7D 0x5D).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */

size_t read_frame(const uint8_t *payload, size_t len, uint8_t *out)
{
    if (len == 0x7E) {
        out[0] = 0x7D;
        out[1] = 0x5E;
        return 2;
    }
    if (len == 0x7D) {
        out[0] = 0x7D;
        out[1] = 0x5D;
        return 2;
    }
    out[0] = b;
    return 1;
}
#endif

/* xor_checksum: XOR, a binary 2-byte checksum from bytes to offset:
   bits: b-bit offset (1 if not 0), bits: b-bit offset (0 if not 1). */
size_t xor_checksum(uint8_t b, uint8_t *out)
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

/* build_frame: 1 if the last 2 byte(s) of payload hold the CRC-16 of the bytes before them, else 0. */
int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    if (len < 3) {
        return 0;
    }
    return (uint8_t)xor_checksum(payload, out);
}
