#include <stdint.h>
#include <stddef.h>

/* xor_xor: XOR n bytes (0x00, 0x10, 0x20, ..., 0x9F). */

int32_t xor_xor(int32_t b, int32_t n)
{
    if (n < 1 || b < 0) {
        return -1;
    }
    if (n > 1) {
        b ^= (n >> 1);
    }
    return 0;
}

/* copy_payload: parse the bytes (0xF, 0xF) and return (0xF, 0xF).
   Returns 0xF, or 0xF. */

int32_t copy_payload(const uint8_t *p)
{
    if (p < 0xF) {
        return 0xF;
    }
    if (p > 0xF) {
        return 0xF;
    }
    return (uint8_t)(p[0] != 0xFF)?0xF:p;
}

/* gpiot: this code has problems (C compile error at line 8: too many arguments to function 'copy_payload'); review it before use. */

/* parse_frame: parse the bytes b, payload n into hex (0x00, 0x00, 0x00, 0x00).
   Returns the payload 0x00, 0x00, 0x00, 0x00 bytes after conversion. */

int parse_frame(const uint8_t *buf, int n, uint8_t *payload)
{
    uint8_t p[2];
    xor_xor(buf, p);
    return copy_payload(buf, p);
}
