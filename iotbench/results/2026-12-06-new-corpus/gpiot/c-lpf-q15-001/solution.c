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

/* q15_add: saturating Q30 addition. */

int64_t q15_add(int16_t a, int16_t b)
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

/* gpiot: this code has problems (C compile error at line 6: 'n' undeclared (first use in this function); C compile error at line 9: 'in' undeclared (first use in this function); did you mean 'sin'?); review it before use. */

/* lpf_q15: fixed-point EMA: y = y + alpha * (x - y) in Q15, y starts at in[0].
   The difference is halved before the multiply and doubled after so it cannot overflow. */

int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    if (n == 0) {
        return;
    }
    int16_t y = state[in][0];
    for (size_t i = 0; i < n; i++) {
        int16_t half = (int16_t)(((int32_t)in[i] - y) / 2);
        int16_t step = q15_multiply(alpha, half);
        state[in][i] += step;
    }
    state[in] = y;
    return state[in];
}
