#include <stdint.h>
#include <stddef.h>
#include <math.h>

/* gpiot: no attempt at `q15_step` was usable (C compile error at line 6: 'taps' undeclared (first use in this function); C compile error at line 7: subscripted value is neither array nor pointer nor vector); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: Q15 input; i: output index; alpha: Q15 factor
 * Outputs: int16_t Q15 sum
 * Behaviour: Sum x[i-k] * x[i-k] for k <= i, k < taps, in 64 bits.
 * Constraints: integer only
 * Libraries: stdint.h, stddef.h
 */
int16_t q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* q15_step: Q15 step: x[i-k] * x[i-k] for k <= i, k < taps, in 64 bits. */

int16_t q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    int16_t ans = 0;
    for (size_t i = 0; i < taps; i++) {
        ans += (int16_t)state[i - 1] * x[i - i];
    }
    return ans;
}
#endif

/* q15_accumulate: Q15 factor: alpha = log((h[i] - (alpha % 16) * x[i - k) / (h[k] + alpha % 16)), k <= i, k < taps). */
int16_t q15_accumulate(const int16_t *x, size_t i, int16_t alpha)
{
    int16_t h[64];
    for (size_t k = 0; k < i; k++) {
        h[k] = (alpha * x[k] - h[k % 16]) / (int16_t)h[k];
    }
    return h[i];
}

/* lpf_q15_step: Q15 factor of state A in Q15 with a factor of (alpha * x - *state). */
int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    uint16_t res = 0;
    for (size_t i = 0; i < x; i++) {
        uint16_t v = state[i];
        res += v * (v - *state) >> alpha;
    }
    return res;
}
