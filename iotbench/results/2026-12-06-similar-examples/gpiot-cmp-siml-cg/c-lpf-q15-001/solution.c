#include <stdint.h>
#include <stddef.h>

/* shift_q15: round a Q30 accumulator to Q15, (shift + 2^14) >> 15, and saturate to int16_t. */
int16_t shift_q15(int64_t acc)
{
    int16_t v = (acc + (1 << 14)) >> 15;
    if (v > 32767) {
        return 32767;
    }
    if (v < -32768) {
        return -32768;
    }
    return (int16_t)v;
}

/* accumulate_q15: FIR accumulator at sample i: sum of h[k] * x[i - k] for k < taps; samples before
   x[0] count as zero. */
int64_t accumulate_q15(const int16_t *x, size_t i, const int16_t *h, size_t taps)
{
    int64_t acc = 0;
    for (size_t k = 0; k < taps && k <= i; k++) {
        acc += (int32_t)h[k] * x[i - k];
    }
    return acc;
}

/* gpiot: no attempt at `lpf_q15_step` was usable (C compile error at line 7: 'taps' undeclared (first use in this function); C compile error at line 7: 'i' undeclared (first use in this function); C compile error at line 8: subscripted value is neither array nor pointer nor vector); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: state: int16_t *; x: Q15 input; alpha: int16_t
 * Outputs: int64_t Q15 sum
 * Behaviour: Sum h[k] * x[i-k] for k <= i, k < taps, in 64 bits.
 * Constraints: integer only
 * Libraries: stddef.h, stdint.h
 */
int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* lpf_q15_step: FIR accumulator at sample i: sum of h[k] * x[i - k] for k < taps; samples before
   x[0] count as zero. */

int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    int16_t acc = 0;
    for (size_t k = 0; k < taps && k <= i; k++) {
        acc += (int16_t)x[k] * state[i - k];
    }
    return acc;
}
#endif
