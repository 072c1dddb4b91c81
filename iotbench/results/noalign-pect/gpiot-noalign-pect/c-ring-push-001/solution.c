#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `square_magnitude` was usable (the code does not define `square_magnitude`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axes in mg
 * Outputs: uint32_t squared magnitude
 * Behaviour: Write x at head, head = (head + 1) % cap, count grows up to cap; return the overwritten sample once count == cap, else 0.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
uint32_t square_magnitude(uint32_t x, uint32_t y, uint32_t z: axes in mg)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* square_magnitude: store x at *head in a ring buffer of cap samples, advance head, grow *count up to cap.
   Returns the sample that was overwritten (0 while the buffer is filling). */
#endif

/* count_steps: 1 when the signal goes from below thr to at or above thr, else 0. */
int count_steps(uint32_t prev, uint32_t cur, uint32_t thr)
{
    return prev < thr && cur >= thr;
}

/* gpiot: no attempt at `ring_push` was usable (the code does not define `ring_push`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axes in mg
 * Outputs: int 1 on a crossing(x, y, z: mg)
 * Behaviour: Write v at head, head = (head + 1) % cap, count grows up to cap; return the overwritten sample once count == cap, else 0.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
void ring_push(int16_t *buf, int cap, int *head, int *count, int16_t v)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* ring_push: store v at *head in a ring buffer of cap samples, advance head, grow *count up to cap.
   Returns the sample that was overwritten (0 while the buffer is filling). */
#endif
