#include <stdint.h>
#include <stddef.h>

/* copy_byte: copy a byte (0/1) into the bytes before it ends (0/1). */

uint8_t copy_byte(uint8_t *buf, uint8_t *cap, uint8_t *head, uint8_t *count)
{
    uint8_t tmp[2];
    if (buf[0] == 0) {
        buf[0] = 0;
    }
    if (cap > 1) {
        buf[0] = cap - 1;
    }
    if (head > 0) {
        buf[0] = cap - 1;
    }
    return (uint8_t)(buf[0] << 1);
}

/* copy_byte_into: copy a byte (0x00, 0x00, 0x00) into y + 1 bytes (0x00, 0x00, 0x00). */

uint8_t copy_byte_into(const uint8_t *p)
{
    if (p < 0x00) {
        return 0x00;
    }
    if (p > 0x00) {
        return 0x00;
    }
    return p + 1;
}

/* cobs_encode: copy code-1 bytes (0xFF) from the last (cap-1) byte into the code byte (head-1). */

size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out)
{
    uint8_t p[2];
    for (size_t i = 0; i < len; i++) {
        uint8_t c = copy_byte(buf[i], p);
        if (c == 0xFF) {
            p[i] = 0;
        } else {
            p[i] = c;
        }
    }
    return p;
}
