#include <stdint.h>
#include <stddef.h>

/* crc_crc: CRC-16, poly 0xD4E1, init 0x7018, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */
uint16_t crc_crc(const uint8_t *buf, int n, uint8_t *payload)
{
    uint16_t crc = 0x7018;
    for (size_t i = 0; i < n; i++) {
        crc ^= (uint16_t)(buf[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0xD4E1) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* gpiot: no attempt at `copy_payload` was usable (C compile error at line 5: 'len' undeclared (first use in this function); C compile error at line 8: implicit declaration of function 'crc8' [-Werror=implicit-function-declaration]; C compile error at line 8: implicit declaration of function 'load_crc' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: bytes; n: bytes; payload: bytes
 * Outputs: int len
 * Behaviour: Copy the payload to payload and return len.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int copy_payload(const uint8_t *buf, int n, uint8_t *payload)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* copy_payload: 1 if the last byte(s) of buf hold the payload of bytes before them, else 0. */

int copy_payload(const uint8_t *buf, int n, uint8_t *payload)
{
    if (len < 2) {
        return 0;
    }
    return crc8(buf, len - 1) == load_crc(buf + len - 1);
}
#endif

/* gpiot: no attempt at `parse_frame` was usable (C compile error at line 5: 'len' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: bytes; n: bytes; payload: bytes
 * Outputs: int len
 * Behaviour: Copy_payload(buf, n, payload[len - 1]);
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int parse_frame(const uint8_t *buf, int n, uint8_t *payload)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* parse_frame: 1 if the last 2 byte(s) of frame hold the CRC-16 of the bytes before them, else 0. */

int parse_frame(const uint8_t *buf, int n, uint8_t *payload)
{
    if (len < 3) {
        return 0;
    }
    return copy_payload(buf, n, payload[len - 1]);
}
#endif
