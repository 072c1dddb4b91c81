#include <stdint.h>
#include <stddef.h>

/* low_pass_q15: high pass-through filter with low-pass filter-like structure. */
int16_t low_pass_q15(int16_t *state, int16_t x, int16_t alpha)
{
    if (state == 0) {
        return 0;
    }
    return (int16_t)state * (int16_t)alpha + (int16_t)x;
}

/* q15_step: Q15 step: x = q15_step(state, x, alpha) returns Q15 value. */
int16_t q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    return state[x];
}

/* gpiot: no attempt at `lpf_q15_step` was usable (C compile error at line 5: 'x_prev' undeclared (first use in this function); C compile error at line 7: 'y_prev' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: state: Q15 state; x: Q15 input; alpha: Q15 filter
 * Outputs: int16_t Q15 value
 * Behaviour: x = x + alpha * (x - x_prev), then store x and y as the new state.
 * Constraints: no globals
 * Libraries: none
 */
int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* lpf_q15_step: first-order lpf-step q15: update *x_prev and *y_prev. */

int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    int16_t y = state * (state + alpha * (state - x_prev));
    *x_prev = x;
    *y_prev = y;
    return y;
}
#endif
