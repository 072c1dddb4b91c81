#include <stdint.h>
#include <stddef.h>

/* count_oldest: squared magnitude x*x + y*y + z*z of an int16_t sample (fits in uint32_t). */
uint32_t count_oldest(int16_t x, int16_t y, int16_t z)
{
    return (uint32_t)((int32_t)x * x) + (uint32_t)((int32_t)y * y) + (uint32_t)((int32_t)z * z);
}

/* is_upward_crossing: 1 when the signal goes from below thr to at or above thr, else 0. */
int is_upward_crossing(uint32_t prev, uint32_t cur, uint32_t thr)
{
    return prev < thr && cur >= thr;
}

/* gpiot: no attempt at `ring_read_oldest` was usable (the code does not define `ring_read_oldest`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axes in mg
 * Outputs: int 1 on a crossing
 * Behaviour: prev < thr && x >= thr.
 * Constraints: none
 * Libraries: stdint.h
 */
int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define RING_READ_OLDEST 1 on a crossing. An upward crossing of RING_READ_OLDEST (1 on a crossing)
#endif
