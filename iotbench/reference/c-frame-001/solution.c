#include <stdint.h>

int build_frame(const uint8_t *payload, int len, uint8_t *out) {
    if (len < 0 || len > 255) return -1;
    uint8_t x = (uint8_t)len;
    out[0] = 0x7E;
    out[1] = (uint8_t)len;
    for (int i = 0; i < len; i++) {
        out[2 + i] = payload[i];
        x ^= payload[i];
    }
    out[2 + len] = x;
    return len + 3;
}
