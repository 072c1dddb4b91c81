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

/* gpiot: no attempt at `ring_read_oldest` was usable (C compile error at line 6: invalid type argument of unary '*' (have 'int'); C compile error at line 6: invalid type argument of unary '*' (have 'int'); C compile error at line 7: invalid type argument of unary '*' (have 'int')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: const int16_t *; cap: int; head: int; count: int; out: int16_t *
 * Outputs: int 1 on a crossing
 * Behaviour: Write v at head, head = (head + 1) % cap, count grows up to cap; return the overwritten sample once count == cap, else 0.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* ring_read_oldest: store v at *head in a ring buffer of cap samples, advance head, grow *count up to cap.
   Returns the sample that was overwritten (0 while the buffer is filling). */

int16_t ring_read_oldest(int16_t *buf, int cap, int head, int count, int16_t *out)
{
    int16_t old = (*count == cap) ? buf[*head] : 0;
    buf[*head] = v;
    *head = (*head + 1) % cap;
    if (*count < cap) {
        (*count)++;
    }
    return old;
}
#endif
