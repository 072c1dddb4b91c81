#include <stdint.h>

void moving_average_i16(const int16_t *in, int16_t *out, int n, int k) {
    int32_t sum = 0;
    for (int i = 0; i < n; i++) {
        sum += in[i];
        if (i >= k) sum -= in[i - k];
        int count = i + 1 < k ? i + 1 : k;
        out[i] = (int16_t)(sum / count);
    }
}
