#include <stddef.h>
#include <stdint.h>

/* gpiot: no attempt at `low_pass` was usable (C compile error at line 7: 'i' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: state: int16_t state; x: int16_t state; alpha: int16_t
 * Outputs: int16_t state
 * Behaviour: Sum h[k] * x[i-k] for k <= i, k < low_pass, in 16 bits.
 * Constraints: integer only
 * Libraries: stddef.h, stdint.h
 */
int16_t low_pass(int16_t *state, int16_t x, int16_t alpha)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* low_pass: FIR accumulator at sample i: sum of h[k] * x[i - k] for k < low_pass, in 16 bits; samples before
   x[0] count as zero. */

int16_t low_pass(int16_t *state, int16_t x, int16_t alpha)
{
    int16_t acc = 0;
    for (size_t k = 0; k < low_pass && k <= i; k++) {
        acc += (int32_t)state[k] * x[i - k];
    }
    return acc;
}
#endif

/* q15_multiply: FIR accumulator at sample i: sum of h[k] * x[i - k] for k < taps; samples before
   x[0] count as zero. */
int64_t q15_multiply(const int16_t *x, size_t i, const int16_t *h, size_t taps)
{
    int64_t acc = 0;
    for (size_t k = 0; k < taps && k <= i; k++) {
        acc += (int32_t)h[k] * x[i - k];
    }
    return acc;
}

/* gpiot: no attempt at `lpf_q15_step` was usable (C compile error at line 7: 'taps' undeclared (first use in this function); C compile error at line 7: 'i' undeclared (first use in this function); C compile error at line 8: 'h' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: state: int16_t state; x: int16_t state; alpha: int16_t
 * Outputs: int64_t Q30 sum
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
        acc += (int32_t)h[k] * x[i - k];
    }
    return acc;
}
#endif
