#include <stdint.h>

/* mag_sq_mg: squared magnitude x*x + y*y + z*z of an int16_t sample (fits in uint32_t). */
uint32_t mag_sq_mg(int16_t x, int16_t y, int16_t z)
{
    return (uint32_t)((int32_t)x * x) + (uint32_t)((int32_t)y * y) + (uint32_t)((int32_t)z * z);
}

/* crossed_up: 1 when the signal goes from below thr to at or above thr, else 0. */
int crossed_up(float prev, float cur, float thr)
{
    return prev < thr && cur >= thr;
}

/* gpiot: no attempt at `count_steps` was usable (the code does not define `count_steps`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: mag: const float *; n: int; high: float; low: float
 * Outputs: int 1 on a crossing
 * Behaviour: Sum of squares in 32-bit unsigned arithmetic, no square root.
 * Constraints: integer only
 * Libraries: stdint.h
 */
int count_steps(const float *mag, int n, float high, float low)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* count_steps(const float *mag, int n, float high, float low)
    result: sum of squares in 32-bit unsigned arithmetic, no square root. */
#endif
