#include <stdint.h>

void fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h, int taps) {
    for (int i = 0; i < n; i++) {
        int64_t acc = 0;
        for (int j = 0; j < taps && j <= i; j++) acc += (int32_t)h[j] * x[i - j];
        acc = (acc + 16384) >> 15;
        if (acc > 32767) acc = 32767;
        if (acc < -32768) acc = -32768;
        y[i] = (int16_t)acc;
    }
}
