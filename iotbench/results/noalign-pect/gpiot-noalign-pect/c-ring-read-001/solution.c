#include <stdint.h>

/* mag_sq_mg: squared magnitude x*x + y*y + z*z of an int16_t sample (fits in uint32_t). */
uint32_t mag_sq_mg(int16_t x, int16_t y, int16_t z)
{
    return (uint32_t)((int32_t)x * x) + (uint32_t)((int32_t)y * y) + (uint32_t)((int32_t)z * z);
}

/* count_upward_threshold: 1 when the signal goes from below thr to at or above thr, else 0. */
int count_upward_threshold(uint32_t prev, uint32_t cur, uint32_t thr)
{
    return prev < thr && cur >= thr;
}

/* gpiot: no attempt at `ring_read_oldest` was usable (C compile error at line 5: 'x' undeclared (first use in this function); C compile error at line 5: 'y' undeclared (first use in this function); C compile error at line 5: 'z' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axes in mg
 * Outputs: int 1 on a crossing
 * Behaviour: Sum of squares in 32-bit unsigned arithmetic, no square root.
 * Constraints: integer only
 * Libraries: stdint.h
 */
int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* ring_read_oldest: sum of squares in 32-bit unsigned arithmetic, no square root. */

int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
{
    return (uint32_t)((int32_t)x * x) + (uint32_t)((int32_t)y * y) + (uint32_t)((int32_t)z * z);
}
#endif
