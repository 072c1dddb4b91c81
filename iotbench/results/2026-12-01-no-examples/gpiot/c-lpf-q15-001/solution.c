#include <stdint.h>
#include <numpy>
#include <scipy.signal>
#include <stddef.h>

/* low_pass: subtract mean from integer samples (0..32767); std of the mean and std of the samples are 0 and 1). */

int16_t low_pass(int16_t *x, int16_t alpha)
{
    if (x < 0) {
        return 0;
    }
    if (x > 32767) {
        return 1;
    }
    *x -= alpha;
    *x += (int16_t) *x;
    return 0;
}

/* gpiot: this code has problems (the code does not define `q15_step`); review it before use. */

/* q15_step: one moving average with a zero-phase Butterworth highpass filter (0.0, 32767).
   Returns the overwritten sample (0, 32768). */

/* lpf_q15_step: subtract x from state, converting it to int16_t. */

int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    int16_t a = state[0];
    if (state[0] == -32767 || state[0] == 0) {
        return 0;
    }
    state[0] = q15_step(state[0], x, alpha);
    return a;
}
