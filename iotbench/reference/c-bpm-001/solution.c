#include <stdint.h>

int bpm_from_rr(const uint16_t *rr_ms, int n) {
    uint32_t sum = 0;
    int count = 0;
    for (int i = 0; i < n; i++) {
        if (rr_ms[i] >= 300 && rr_ms[i] <= 2000) {
            sum += rr_ms[i];
            count++;
        }
    }
    if (count == 0) return 0;
    /* 60000 * count / sum, rounded */
    uint64_t num = 60000ULL * (uint64_t)count;
    return (int)((num + sum / 2) / sum);
}
