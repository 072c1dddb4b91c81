#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `q15_step` was usable (C compile error at line 7: 'taps' undeclared (first use in this function); C compile error at line 8: subscripted value is neither array nor pointer nor vector); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* q15_step: Q15 step: first factor, second factor, third factor, ...
   last factor, first factor, second factor, ... */

int16_t q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    int64_t acc = 0;
    for (size_t i = 0; i < taps; i++) {
        acc += (int32_t)state[i] * x[i];
    }
    return acc;
}
#endif

/* gpiot: no attempt at `q15_accumulate` was usable (C compile error at line 7: 'taps' undeclared (first use in this function); C compile error at line 8: 'h' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: Q15 input; i: output index; alpha: Q15 factor
 * Outputs: int16_t Q15 sum
 * Behaviour: Sum h[k] * x[i-k] for k <= i, k < taps, in 64 bits.
 * Constraints: integer only
 * Libraries: stdint.h, stddef.h
 */
int16_t q15_accumulate(const int16_t *x, size_t i, int16_t *alpha)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* q15_accumulate: FIR accumulator at sample i: sum of h[k] * x[i - k] for k < taps; samples before
   x[0] count as zero. */

int16_t q15_accumulate(const int16_t *x, size_t i, int16_t *alpha)
{
    int64_t acc = 0;
    for (size_t k = 0; k < taps && k <= i; k++) {
        acc += (int32_t)h[k] * x[i - k];
    }
    return acc;
}
#endif

/* gpiot: no attempt at `lpf_q15_step` was usable (C compile error at line 9: invalid operands to binary & (have 'int16_t *' {aka 'short int *'} and 'int')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: state: int16_t *; x: Q15 input; alpha: Q15 factor
 * Outputs: int16_t Q15 sum
 * Behaviour: State + (alpha * (x - *state)) >> 15, then q15_accumulate (q15_step(state, x, alpha)); return the new state.
 * Constraints: integer only
 * Libraries: stdint.h
 */
int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* lpf_q15_step: state + (alpha * (state - *state)) >> 15, then q15_accumulate (q15_step(state, x, alpha));
   return the new state. */

int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    if (state[0] != 0) {
        return 0;
    }
    return (int16_t)state[state[state & 1] - 1];
}
#endif
