#include <stdint.h>
#include <numpy>
#include <scipy.signal>
#include <stddef.h>

/* q15_multiply: multiply 15 bits (1000000000) by b (0xFFFFFFFF). */

int16_t q15_multiply(int16_t a, int16_t b)
{
    if (a < 15) {
        return 0xFFFF;
    }
    if (a > 15) {
        return (int16_t)b;
    }
    return (int16_t)a;
}

/* low_pass: zero-phase Butterworth lowpass filter (0.0, 32767) sampled at 0.0 Hz. Returns no output. */

int16_t low_pass(int16_t *state, int16_t alpha)
{
    state["lowpass"] = (state["lowpass"] << 1) | (state["highpass"] << 1);
    return (state["highpass"] << 1) | (state["lowpass"] + alpha);
}

/* lpf_q15_step: step of a one-phase one-rotator with hysteresis: a + b * state and a - b * state, stored in int16_t. Returns no actuator output. */

int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha)
{
    int32_t a = state[0], b = state[0];
    int32_t state = state * a + b;
    return state;
}
