#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `xor_byte` was usable (C compile error at line 5: invalid operands to binary * (have 'const uint8_t *' {aka 'const unsigned char *'} and 'const uint8_t *' {aka 'const unsigned char *'})); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* xor_byte: XOR the first byte of p1 (0-byte) and the second byte of p2 (1-byte). */

int32_t xor_byte(const uint8_t *p1, const uint8_t *p2)
{
    return p1 * p2;
}
#endif

/* gpiot: no attempt at `payload_copy` was usable (C compile error at line 5: 'len' undeclared (first use in this function); C compile error at line 8: implicit declaration of function 'crc8' [-Werror=implicit-function-declaration]; C compile error at line 8: implicit declaration of function 'load_crc' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: payload: bytes
 * Outputs: len
 * Behaviour: Copy the payload to payload and return len.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int payload_copy(const uint8_t *buf, int n, uint8_t *payload)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* payload_copy: copy the payload to payload and return len. */

int payload_copy(const uint8_t *buf, int n, uint8_t *payload)
{
    if (len < 2) {
        return 0;
    }
    return crc8(buf, len - 1) == load_crc(payload + len - 1);
}
#endif

/* gpiot: no attempt at `parse_frame` was usable (C compile error at line 6: implicit declaration of function 'copy' [-Werror=implicit-function-declaration]; C compile error at line 7: 'len' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: const uint8_t *; n: int; payload: bytes
 * Outputs: len
 * Behaviour: xor_byte(buf, n) and copy to payload; return len.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int parse_frame(const uint8_t *buf, int n, uint8_t *payload)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* parse_frame: 1 if the last byte of the frame holds the CRC-8 of the bytes before it, else 0. */

int parse_frame(const uint8_t *buf, int n, uint8_t *payload)
{
    xor_byte(buf, n);
    copy(buf, payload, &payload[n]);
    return len;
}
#endif
