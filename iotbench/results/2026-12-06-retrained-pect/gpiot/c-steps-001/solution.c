#include <stdint.h>

/* mag_magnitude: squared magnitude x*x + y*y + z*z of an int16_t sample (fits in uint32_t). */
uint32_t mag_magnitude(int16_t x, int16_t y, int16_t z)
{
    return (uint32_t)((int32_t)x * x) + (uint32_t)((int32_t)y * y) + (uint32_t)((int32_t)z * z);
}

/* check_threshold: 1 when the signal goes from below thr to at or above thr, else 0. */
int check_threshold(const float prev, uint32_t cur, uint32_t thr)
{
    return prev < thr && cur >= thr;
}

/* gpiot: no attempt at `count_steps` was usable (C compile error at line 5: 'x' undeclared (first use in this function); C compile error at line 5: 'y' undeclared (first use in this function); C compile error at line 5: 'z' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axes in mg
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
/* count_steps: count of consecutive positive values summing to 1 on a crossing. */

int count_steps(const float *mag, int n, float high, float low)
{
    return (int32_t)((int32_t)x * x) + (int32_t)((int32_t)y * y) + (int32_t)((int32_t)z * z);
}
#endif
