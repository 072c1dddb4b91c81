#include <stdint.h>

int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha) {
    int32_t diff = (int32_t)x - (int32_t)*state;
    *state = (int16_t)(*state + (((int32_t)alpha * diff) >> 15));
    return *state;
}
