#include <stdint.h>

int debounce(const uint8_t *raw, uint8_t *out, int n, int stable) {
    if (n <= 0) return 0;
    uint8_t state = raw[0];
    int run = 0, changes = 0;
    for (int i = 0; i < n; i++) {
        if (raw[i] != state) {
            run++;
            if (run >= stable) {
                state = raw[i];
                run = 0;
                changes++;
            }
        } else {
            run = 0;
        }
        out[i] = state;
    }
    return changes;
}
