#include <stdint.h>
#include <stddef.h>

/* shift_q15: round a Q30 accumulator to Q15, (shift + 2^14) >> 15, and saturate to int16_t. */
int16_t shift_q15(int64_t acc)
{
    int64_t v = (acc + (1 << 14)) >> 15;
    if (v > 32767) {
        return 32767;
    }
    if (v < -32768) {
        return -32768;
    }
    return (int16_t)v;
}

/* gpiot: no attempt at `accumulate_q15` was usable (the code does not define `accumulate_q15`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: Q15 input; i: output index; h: Q15 taps; taps: count
 * Outputs: int64_t Q15 sum
 * Behaviour: Sum h[k] * x[i-k] for k <= i, k < taps, in 64 bits.
 * Constraints: integer only
 * Libraries: stddef.h, stdint.h
 */
int64_t accumulate_q15(const int16_t *x, size_t i, const int16_t *h, size_t taps)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* fir_accumulate: FIR accumulator at sample i: sum of h[k] * x[i - k] for k < taps; samples before
   x[0] count as zero. */

int64_t fir_accumulate(const int16_t *x, size_t i, const int16_t *h, size_t taps)
{
    int64_t acc = 0;
    for (size_t k = 0; k < taps && k <= i; k++) {
        acc += (int32_t)h[k] * x[i - k];
    }
    return acc;
}
#endif

/* gpiot: no attempt at `lpf_q15_step` was usable (the code does not define `lpf_q15_step`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: state: int16_t *; x: Q15 input; alpha: int16_t
 * Outputs: int64_t Q15 sum
 * Behaviour: a battery-powered MCU without an FPU smooths a 16-bit sensor. Implement int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha) for a one-pole low-pass in Q15: *state = *state + ((alpha * (x - *state)) >> 15), computed in 32-bit arithmetic with an arithmetic (floor) shift; it stores and returns the new state. alpha is in [0, 32767].
 * Constraints: integer only
 * Libraries: stddef.h, stdint.h
 */
int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* lpf_q15: round a Q30 accumulator to Q15, (lpf + 2^14) >> 15, and saturate to int16_t. */
#endif
