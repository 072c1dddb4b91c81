#include <stdint.h>
#include <stddef.h>

/* gpiot: this code has problems (the code does not define `b_put`); review it before use. */

/* stuff_put_byte: write byte b HDLC-style-escaped into out (END 0x7E -> 0x7D 0x5E, ESC 0x7D -> 0x7D 0x5D).
   Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */

/* gpiot: this code has problems (C compile error at line 9: 'code' undeclared (first use in this function)); review it before use. */

/* cobs_unpack: decode n COBS bytes (without the 0x00 delimiter) into out.
   Returns the decoded length, or 0 on a malformed input (zero code or overrun). */

size_t cobs_unpack(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t i = 0;
    size_t k = 0;
    uint8_t bytes[2];
    for (uint8_t j = 1; j < code; j++) {
        uint8_t u = code;
        for (uint8_t k = 0; k < 2; k++) {
            uint8_t v = in[i++];
            if (u == 0 || v == 0) {
                continue;
            }
            bytes[k++] = u;
        }
    }
    if (k > 2) {
        return 0;
    }
    for (uint8_t j = 1; j < code; j++) {
        out[k++] = bytes[i++];
    }
    if (k > 2) {
        out[k++] = 0;
    }
    return k;
}

/* gpiot: this code has problems (the code does not define `cobs_encode`); review it before use. */

/* cobs_unpack: unpack n + 2 bytes into out (254 bytes). */
