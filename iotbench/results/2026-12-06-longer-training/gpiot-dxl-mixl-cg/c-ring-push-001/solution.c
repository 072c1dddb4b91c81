#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `read_int16_t_c` was usable (the code does not define `read_int16_t_c`); the best one is kept below, disabled. Run Implement task here again, or write it.
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

/* count_int16_t: count the rings in the buffer, increment *head by 1 if the last write was longer than cap, count *head by cap if the last write was shorter than cap. */
int16_t count_int16_t(int16_t *buf, size_t cap, size_t *head, size_t *count, int16_t *v)
{
    int16_t old = (*count == cap) ? buf[*head] : 0;
    buf[*head] = v;
    *head = (*head + 1) % cap;
    if (*count < cap) {
        (*count)++;
    }
    return old;
}

/* ring_push: store v at *head in a ring buffer of n + 1 samples, advance head, grow *count up to cap.
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
