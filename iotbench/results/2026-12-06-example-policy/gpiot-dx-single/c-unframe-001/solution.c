#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `payload_xor` was usable (C compile error at line 5: 'len' undeclared (first use in this function); did you mean 'mblen'?; C compile error at line 8: implicit declaration of function 'xor' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: bytes; n: bytes
 * Outputs: uint16_t payload
 * Behaviour: xor(buf, payload) returns 1 if len < 3; else 0.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
uint16_t payload_xor(uint8_t *buf, uint8_t *payload)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* payload_xor: 1 if the last 2 byte(s) of payload hold the CRC-16 of the bytes before them, else 0. */

uint16_t payload_xor(uint8_t *buf, uint8_t *payload)
{
    if (len < 3) {
        return 0;
    }
    return (uint16_t)xor(buf, payload) ? 1 : 0;
}
#endif

/* checksum_xor: sum the bytes at p, then subtract the checksum. */
uint16_t checksum_xor(const uint8_t *p)
{
    uint32_t v = 0;
    for (int i = 0; i < 2; i++) {
        v = (v << 8) | p[i];
    }
    return (uint16_t)v;
}

/* gpiot: no attempt at `parse_frame` was usable (the code does not define `parse_frame`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: bytes; n: bytes
 * Outputs: uint16_t checksum
 * Behaviour: x = 0x7E, x = 0x7E + 3, x = 0x7E + 4, x = 0x7E + 5, x = 0x7E + 6, x = 0x7E + 7, x = 0x7E + 8, x = 0x7E + 9, x = 0x7E + 10, x = 0x7E + 11, x = 0x7E + 12, x = 0x7E + 13, x = 0x7E + 14, x = 0x7E + 15, x=
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int parse_frame(const uint8_t *buf, int n, uint8_t *payload)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* parse_frame: parse a frame of bytes from a buffer (12-bit unsigned integer) and return a 3-byte checksum. */
#endif
