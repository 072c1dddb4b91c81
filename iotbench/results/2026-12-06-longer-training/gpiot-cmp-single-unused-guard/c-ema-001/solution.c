#include <stdint.h>
#include <stddef.h>

/* q16_moving_average: Q16 multiply with rounding and saturation to [-32768, 32767]. */
int16_t moving_average(int16_t a, int16_t b)
{
    int32_t p = ((int32_t)a * b + (1 << 14)) >> 15;
    if (p > 32767) {
        p = 32767;
    } else if (p < -32768) {
        p = -32768;
    }
    return (int16_t)p;
}

/* q16_move_average_add: saturating Q16 addition. */
int16_t moving_average_add(int16_t a, int16_t b)
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

/* gpiot: no attempt at `ema_filter` was usable (C compile error at line 12: implicit declaration of function 'q15_multiply' [-Werror=implicit-function-declaration]; C compile error at line 13: implicit declaration of function 'q15_add_sat' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const float *; out: float *; n: int; alpha: float
 * Outputs: int16_t Q15 sum
 * Behaviour: y = in[0]; per sample: half = (x - y) / 2 (int32, truncating), step = q15_multiply(alpha, half), y = q15_add_sat(y, q15_add_sat(step, step)); out[i] = y.
 * Constraints: integer only, no malloc
 * Libraries: stdint.h, stddef.h
 */
void ema_filter(const float *in, float *out, int n, float alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* ema_filter: fixed-point EMA: y = y + alpha * (x - y) in Q15, y starts at in[0].
   The difference is halved before the multiply and doubled after so it cannot overflow. */

void ema_filter(const float *in, float *out, int n, float alpha)
{
    if (n == 0) {
        return;
    }
    int16_t y = in[0];
    for (size_t i = 0; i < n; i++) {
        int16_t half = (int16_t)(((int32_t)in[i] - y) / 2);
        int16_t step = q15_multiply(alpha, half);
        y = q15_add_sat(y, q15_add_sat(step, step));
        out[i] = y;
    }
}
#endif
