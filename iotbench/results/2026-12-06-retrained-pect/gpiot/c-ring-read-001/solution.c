#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `copy_int16` was usable (C compile error at line 7: 'v' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: int16_t data; head: int count; out: int16_t data
 * Outputs: int16_t copy_int16
 * Behaviour: Write v at head, head = (head + 1) % cap, count grows up to cap; return the copied sample once count == cap, else 0.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int16_t copy_int16(int16_t *buf, size_t cap, size_t *head, size_t *count, int16_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* copy_int16: store v at *head in a ring buffer of cap samples, advance head, grow *count up to cap.
   Returns the copied sample (0 while the buffer is filling). */

int16_t copy_int16(int16_t *buf, size_t cap, size_t *head, size_t *count, int16_t *out)
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

/* gpiot: no attempt at `is_valid` was usable (C compile error at line 7: subscripted value is neither array nor pointer nor vector); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: val: int16_t value
 * Outputs: int16_t val
 * Behaviour: Sum in the sample type, divide by 100.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int16_t is_valid(int16_t val)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* is_valid: integer division by 100, sum in the sample type, divide by 100. */

int16_t is_valid(int16_t val)
{
    int16_t sum = 0;
    for (size_t i = 0; i < val; i++) {
        sum += val[i];
    }
    return sum / (int16_t)val;
}
#endif

/* gpiot: no attempt at `ring_read_oldest` was usable (C compile error at line 6: invalid type argument of unary '*' (have 'int'); C compile error at line 6: invalid type argument of unary '*' (have 'int'); C compile error at line 7: invalid type argument of unary '*' (have 'int')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: int16_t data; head: int count; out: int16_t data
 * Outputs: int16_t val
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

int16_t ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
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
