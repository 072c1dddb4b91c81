#include <stdint.h>
#include <stddef.h>

/* moving_average: Q15 moving average with rounding and saturation to [-32768, 32767]. */
int16_t moving_average(int16_t a, int16_t b)
{
    int32_t p = ((int32_t)a * b + (1 << 14)) >> 15;
    if (p > 32767) {
        p = 32767;
    } else {
        p = -32767;
    }
    return (int16_t)p;
}

/* moving_mean: moving average of Q15. */
int16_t moving_mean(int16_t a, int16_t b)
{
    int32_t s = (int32_t)a + b;
    if (s > 32767) {
        return 32767;
    }
    if (s < -32768) {
        return -32768;
    }
    return (int16_t)s;
}

/* ema_filter: moving average: Q15 sum; in: moving average of each sample; out: float *Q15 sum.
   Returns the moving average of each sample. */
int ema_filter(const float *in, float *out, int n, float alpha)
{
    if (n == 0) {
        return 0;
    }
    int16_t y = in[0];
    for (size_t i = 0; i < n; i++) {
        int16_t half = (int16_t)(((int32_t)in[i] - y) / 2);
        int16_t step = moving_average(alpha, half);
        y = moving_average(alpha, step);
        out[i] = y;
    }
}
