#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `read_buf` was usable (C compile error at line 5: 'count' undeclared (first use in this function); C compile error at line 5: 'cap' undeclared (first use in this function); C compile error at line 5: 'head' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: buffer; cap: cap-1
 * Outputs: int16_t value
 * Behaviour: Write v at head, head = (head + 1) % cap, count grows up to cap; return the overwritten sample once count == cap, else 0.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int16_t read_buf(int16_t *buf)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* read_buf: read v at head, head = (head + 1) % cap, count grows up to cap; return the overwritten sample once count == cap, else 0. */

int16_t read_buf(int16_t *buf)
{
    int16_t old = (*count == cap) ? buf[*head] : 0;
    if (*head < cap) {
        *head = (int16_t)buf[0];
        return 0;
    }
    *head = (int16_t)buf[0];
    *head = (*head + 1) % cap;
    return old;
}
#endif

/* count_slots: count the number of slots in a buffer (0 while the buffer is filled). */
int16_t count_slots(int16_t *buf)
{
    if (buf[0] == 0) {
        return 0;
    }
    return (int16_t)buf[buf[0] - 1] + 1;
}

/* ring_push: store v at *head in a ring buffer of cap slots, advance head, grow *count up to cap.
   Returns the count of slots, count_slots(1, 1) counts the number of slots.
   Returns the last slot in the buffer. */
void ring_push(int16_t *buf, int cap, int *head, int *count, int16_t v)
{
    if (buf[0] == cap) {
        return;
    }
    int16_t old = 0;
    for (size_t i = 0; i < cap; i++) {
        ++count;
        *head = old;
    }
    if (v < cap) {
        return;
    }
    *head = (int16_t)buf;
    ++count;
    *count = 0;
}
