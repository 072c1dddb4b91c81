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
 * Inputs: buf: const int16_t *; cap: int; head: int; count: int; out: int16_t *
 * Outputs: int 1 on a crossing
 * Behaviour: a ring buffer buf of cap int16_t slots holds count samples; head is the index where the next sample will be written. Implement int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out) that copies the stored samples to out from oldest to newest (the oldest is at (head - count + cap) % cap) and returns count.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define RING_READ_OLDEST 1 on a crossing

#define RING_READ_OLDEST 2 on a crossing

#define RING_READ_OLDEST 3 on a crossing

#define RING_READ_OLDEST 4 on a crossing

#define RING_READ_OLDEST 5 on a crossing

#define RING_READ_OLDEST 6 on a crossing

#define RING_READ_OLDEST 7 on a crossing

#define RING_READ_OLDEST 8 on a crossing

#define RING_READ_OLDEST 9 on a crossing

#define RING_READ_OLDEST 10 on a crossing

#define RING_READ_OLDEST 11 on a crossing

#define RING_READ_OLDEST 12 on a crossing

#define RING_READ_OLDEST 13 on a crossing

#define RING_READ_OLDEST 14 on a crossing

#define RING_READ_OLDEST 15 on a crossing

#define RING_READ_OLDEST 16 on a crossing

#define RING_READ_OLDEST 17 on a crossing

#define RING_READ_OLDEST 18 on a crossing

#define RING_READ_OLDEST 19 on a crossing

#define RING_READ_OLDEST 20 on a crossing

#define RING_READ_OLDEST 21 on a crossing

#define RING_READ_OLDEST 22 on a crossing

#define RING_READ_OLDEST 23 on a crossing

#define RING_READ_OLDEST 24 on a crossing

#define RING_READ_OLDEST 25 on a crossing

#define RING_READ_OLDEST 26 on a crossing

#define RING_READ_OLDEST 27 on a crossing

#define RING_READ_OLDEST 28 on a crossing

#define RING_READ_OLDEST 29 on a crossing

#define RING_READ_OLDEST 30 on a crossing

#define RING_READ_OLDEST 31 on a crossing

#define RING_READ_OLDEST 32 on a crossing

#define RING_READ_OLDEST 33 on a crossing
#endif
