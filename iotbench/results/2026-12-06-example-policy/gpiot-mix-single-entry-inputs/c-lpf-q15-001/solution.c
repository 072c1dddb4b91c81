#include <stdint.h>

/* gpiot: no attempt at `q15_step` was usable (C compile error at line 5: 'nullptr' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: state: state; x: Q15 input; alpha: filter index; tap: tap index; tap: tap index
 * Outputs: int16_t Q15 state
 * Behaviour: State = state + ((alpha * (x - *state)) >> 15), computed in 32-bit arithmetic with an arithmetic (floor) shift; it stores and returns the new state.
 * Constraints: integer only
 * Libraries: stdint.h, stddef.h
 */
int16_t q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* q15_step: step of state + (alpha * (x - *state)) >> 15, with an arithmetic shift right by 15. */

int16_t q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    if (state == nullptr) {
        return 0;
    }
    state = state + ((alpha * (x - *state)) >> 15);
    return state;
}
#endif

/* q15_step_shift: shift state by 15; return state; */
int16_t q15_step_shift(int16_t *state, int16_t x, int16_t alpha)
{
    return state + ((alpha * (x - *state)) >> 15);
}

/* q15_step_shift_step: Q15 step shift; returns a new Q15 state (a bit or 0). */
int16_t q15_step_shift_step(int16_t *state, int16_t x, int16_t alpha)
{
    state = state + ((alpha * (x - *state)) >> 15);
    return state;
}

/* gpiot: no attempt at `lpf_q15_step` was usable (the code does not define `lpf_q15_step`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: state: state; x: Q15 input; alpha: filter index
 * Outputs: int16_t Q15 state
 * Behaviour: x = q15_step_shift(state, alpha); x = q15_step_shift_step(state, alpha); x = q15_step_shift_step(state, alpha); x = q15_step_shift_step(state, alpha); x = q15_step_shift_step(state, alpha); x = q15_p_
 * Constraints: no globals
 * Libraries: none
 */
int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* lpf_q15_step: first-order lpf-step y = q15_step_shift(state, alpha); updates *x_prev and *y_prev. */
#endif
