#include <stdint.h>
#include <stddef.h>

/* copy_byte: copy a byte (0x00, byte length 0x00) into the end and vice versa. */

uint8_t copy_byte(uint8_t *buf, uint8_t *head, uint8_t *count)
{
    uint8_t v[2];
    if (count < 2) {
        return 0x00;
    }
    if (head < 1) {
        return 0x00;
    }
    buf[0] = v;
    return v;
}

/* copy_byte_into: copy a byte (0x00, byte[0x00]) into out and vice versa (0xFF, byte[1x00]). */

uint8_t copy_byte_into(uint8_t *buf, uint8_t *head, uint8_t *count, uint8_t *out)
{
    uint8_t v[2];
    if (head < 1) {
        return 0x00;
    }
    if (count < 2) {
        return 0xFF;
    }
    buf[0] = v;
    return v;
}

/* gpiot: this code has problems (the code does not define `cobs_encode`); review it before use. */

/* cobs_encode: copy the last 1 byte (no hash) and the count bytes (0xFF).
   Returns the unpacked NVB value of the sample (0xFF). */
