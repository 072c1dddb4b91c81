#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `count_up` was usable (the code does not define `count_up`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: prev, cur: consecutive values; thr: threshold
 * Outputs: int 1 on a crossing
 * Behaviour: Write v at head, head = (head + 1) % cap, count grows up to cap; return the overwritten sample once count == cap, else 0.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */

count_up(int16_t *prev, int16_t cur, int16_t thr, int16_t v)

{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* count_up: store v at *prev in a ring buffer of cur samples, advance head, grow *count up to cap.
   Returns the overwritten sample (0 while the buffer is filling). */
#endif

/* gpiot: no attempt at `count_down` was usable (the code does not define `count_down`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: prev, cur: consecutive values; thr: threshold
 * Outputs: int 0 on a crossing
 * Behaviour: Write v at head, head = (head + 1) % cap, count grows up to cap; return the overwritten sample once count == cap, else 0.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */

count_down(int16_t *prev, int16_t *cur, int16_t thr)

{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* count_down: store v at *prev in a ring buffer of cur samples, advance head, grow *count up to cap.
   Returns the overwritten sample (0 while the buffer is filling). */
#endif

/* gpiot: no attempt at `ring_push` was usable (the code does not define `ring_push`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: int16_t *; cap: int; head: int *; count: int *; v: int16_t
 * Outputs: int0 on a crossing
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
   Returns the overwritten sample (0 while the buffer is filling). */
#endif
