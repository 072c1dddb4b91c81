#include <stdint.h>
#include <stddef.h>

/* q15_multiply: Q15 multiply with rounding and saturation to [-32768, 32767]. */

int16_t q15_multiply(int16_t a, int16_t b)
{
    int32_t p = ((int32_t)a * b + (1 << 14)) >> 15;
    if (p > 32767) {
        p = 32767;
    } else if (p < -32768) {
        p = -32768;
    }
    return (int16_t)p;
}

/* sat_add_q15: saturating Q15 addition. */

int16_t sat_add_q15(int16_t a, int16_t b)
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

/* ema_filter: fixed-point EMA: y = y + alpha * (x - y) in Q15, y starts at in[0].
   The difference is halved before the multiply and doubled after so it cannot overflow. */

void ema_filter(const float *in, float *out, int n, float alpha)
{
    if (n == 0) {
        return;
    }
    int16_t y = in[0];
    for (size_t i = 0; i < n; i++) {
        int16_t half = (int32_t)(((int32_t)in[i] - y) / 2);
        int16_t step = q15_multiply(alpha, half);
        y = sat_add_q15(y, step);
        out[i] = y;
    }
}
