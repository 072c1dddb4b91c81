#include <stdint.h>

int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out) {
    int idx = (head - count + cap) % cap;
    for (int i = 0; i < count; i++) {
        out[i] = buf[idx];
        idx = (idx + 1) % cap;
    }
    return count;
}
