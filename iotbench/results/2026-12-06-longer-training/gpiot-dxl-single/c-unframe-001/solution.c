#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `xor_byte` was usable (C compile error at line 8: array subscript is not an integer; C compile error at line 8: array subscript is not an integer); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: p1, p2: pointers to the bytes
 * Outputs: int32_t XOR
 * Behaviour: p1 *p2 = p1 + p2; return 1 if p1 * p2 is 0, else 0.
 * Constraints: none
 * Libraries: stdint.h, stddef.h
 */
int32_t xor_byte(const uint8_t *p1, const uint8_t *p2)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* xor_byte: XOR the first 1 byte(s) of p1 and p2. */

int32_t xor_byte(const uint8_t *p1, const uint8_t *p2)
{
    if (p1 == 0) {
        return 0;
    }
    return p2[p1 - 1] * p2[p1 - 2];
}
#endif

/* gpiot: this code has problems (`payload_copy` never uses its parameter `payload`); review it before use. */

/* payload_copy: payload bytes (0-byte-only) to payload (len bytes) of a 1-byte-only transfer. */
int payload_copy(const uint8_t *buf, int n, uint8_t *payload)
{
    uint8_t v = 0;
    for (int i = 0; i < n; i++) {
        v |= (uint8_t)(buf[i] - buf[i - 1]);
    }
    return v;
}

/* parse_frame: 1 if the last 1 byte(s) of buf hold the CRC-8 of bytes before them, else 0. */
int parse_frame(const uint8_t *buf, int n, uint8_t *payload)
{
    xor_byte(buf, n);
    if (n < 2) {
        return 0;
    }
    return payload_copy(buf, n, payload);
}
