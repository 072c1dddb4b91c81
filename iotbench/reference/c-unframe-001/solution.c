#include <stdint.h>

int parse_frame(const uint8_t *buf, int n, uint8_t *payload) {
    if (n < 3 || buf[0] != 0x7E) return -1;
    int len = buf[1];
    if (n != len + 3) return -1;
    uint8_t x = (uint8_t)len;
    for (int i = 0; i < len; i++) x ^= buf[2 + i];
    if (x != buf[2 + len]) return -1;
    for (int i = 0; i < len; i++) payload[i] = buf[2 + i];
    return len;
}
