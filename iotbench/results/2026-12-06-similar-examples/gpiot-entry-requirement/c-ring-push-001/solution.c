#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `count_up` was usable (C compile error at line 6: 'count' undeclared (first use in this function); C compile error at line 6: 'cap' undeclared (first use in this function); C compile error at line 6: 'head' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* count_up: store v at *prev in a ring buffer of cap samples, advance head, grow *count up to cap.
   Returns the sample that was overwritten (0 while the buffer is filling). */

int16_t count_up(int16_t *prev, int16_t cur, int16_t thr, int16_t v)
{
    int16_t old = (*count == cap) ? prev[*head] : 0;
    buf[*head] = v;
    *head = (*head + 1) % cap;
    if (*count < cap) {
        (*count)++;
    }
    return old;
}
#endif

/* gpiot: no attempt at `count_down` was usable (C compile error at line 6: 'count' undeclared (first use in this function); C compile error at line 6: 'cap' undeclared (first use in this function); C compile error at line 6: 'head' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* count_down: store v at *prev in a ring buffer of cap samples, advance head, grow *count up to cap.
   Returns the sample that was overwritten (0 while the buffer is filling). */

int16_t count_down(int16_t *prev, int16_t *cur, int16_t thr)
{
    int16_t old = (*count == cap) ? prev[*head] : 0;
    buf[*head] = v;
    *head = (*head + 1) % cap;
    if (*count < cap) {
        (*count)++;
    }
    return old;
}
#endif

/* ring_push: store v at *head in a ring buffer of cap int16_t slots, advance head, grow *count up to cap.
   Returns the sample that was overwritten (0 while the buffer is filling). */
int16_t ring_push(int16_t *buf, int cap, int *head, int *count, int16_t v)
{
    int16_t old = (*count == cap) ? buf[*head] : 0;
    buf[*head] = v;
    *head = (*head + 1) % cap;
    if (*count < cap) {
        (*count)++;
    }
    return old;
}
