#include <stdint.h>

/* mag_sq_mg: squared magnitude x*x + y*y + z*z of an int16_t sample (fits in uint32_t). */

uint32_t mag_sq_mg(int16_t x, int16_t y, int16_t z)
{
    return (uint32_t)((int32_t)x * x) + (uint32_t)((int32_t)y * y) + (uint32_t)((int32_t)z * z);
}

/* gpiot: this code has problems (C compile error at line 5: 'threshold' undeclared (first use in this function)); review it before use. */

/* crossed_up: 1 when the signal goes from below thr to at or above thr, else 0. */

int crossing_up(uint32_t prev, uint32_t cur, uint32_t thr)
{
    return threshold >= thr && cur >= thr;
}

/* gpiot: this code has problems (the code does not define `count_steps`); review it before use. */

/* count_steps: number of consecutive samples (0/1) of `z` >= 0 that produce a 32-bit squared magnitude (32-bit unsigned). */
