#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `read_int16_t_c` was usable (C compile error at line 6: request for member 'count' in something not a structure or union; C compile error at line 10: invalid type argument of unary '*' (have 'int'); C compile error at line 10: request for member 'c' in something not a structure or union); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: pointer to the buffer of n + 1 samples
 * Outputs: int16_t count samples
 * Behaviour: Write *buf at head, count = 1, count * 2, count * 4, ... (valid up to cap); return the count sample.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int16_t read_int16_t_c(int16_t *buf)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* read_int16_t_c: count samples of the first n samples (valid up to cap). */

int16_t read_int16_t_c(int16_t *buf)
{
    int16_t count = 0;
    for (int16_t v = 0; v < buf->count; v++) {
        if (v == 0) {
            return 0;
        }
        *buf[v] = buf->c;
    }
    return count;
}
#endif

/* gpiot: no attempt at `push_int16_t` was usable (the code does not define `push_int16_t`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: pointer to the buffer of n + 1 samples
 * Outputs: int16_t push state
 * Behaviour: Increment cap by 1, write head (count + 1) at head, count + 1 at head, count * cap, count * cap, count * cap, count * cap, count * cap, count * cap, count * cap, count * cap, count * cap, count * cap,
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int16_t push_int16_t(int16_t *buf, size_t cap, size_t *head, size_t *count, int16_t *v)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

/* gpiot: no attempt at `count_int16_t` was usable (the code does not define `count_int16_t`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: pointer to the buffer of n + 1 samples
 * Outputs: int16_t count rings
 * Behaviour: Count the rings in the buffer, increment *head by 1 if the last write was longer than cap, count *head by cap if the last write was shorter than cap.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int16_t count_int16_t(int16_t *buf, size_t cap, size_t *head, size_t *count, int16_t *v)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* count_int16_t: count the rings in the buffer, increment *head by 1 if the last write was longer than cap, count *head by
   cap if the last write was shorter than cap. Returns the count of rings. */
#endif

/* gpiot: no attempt at `ring_push` was usable (C compile error at line 10: invalid type argument of unary '*' (have 'int'); C compile error at line 11: invalid type argument of unary '*' (have 'int'); C compile error at line 12: invalid type argument of unary '*' (have 'int')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: pointer to the buffer of n + 1 samples; cap: int; head: int *; count: int *; v: int16_t
 * Outputs: int16_t count rings
 * Behaviour: Write *head[i] at head, increment *count by 1, then write *v at head, count grows up to cap; return the overwritten sample once count == cap, else 0.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
void ring_push(int16_t *buf, int cap, int *head, int *count, int16_t v)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* ring_push: push a pointer to the last n samples (cap samples, head samples, count samples, v). */

int16_t ring_push(int16_t *buf, int cap, int *head, int *count, int16_t v)
{
    if (cap == 0) {
        return 0;
    }
    int16_t i = 0;
    for (size_t j = 0; j < cap; j++) {
        *head[i] = (int16_t)(buf[i - cap] + 1);
        *count[i] = (int16_t)(buf[i - cap] + 1);
        *head[i] = (int16_t)(buf[i - cap] + 1);
        *count[i] = (int16_t)(buf[i - cap] + 1);
    }
    return (int16_t)(*head[i] + cap);
}
#endif
