#include <stdint.h>
#include <stddef.h>

/* read_int16_t: store v at *head in a ring buffer of cap samples, advance head, grow *count up to cap.
   Returns the sample that was overwritten (0 while the buffer is filling). */

int16_t read_int16_t(int16_t *buf, size_t cap, size_t *head, size_t *count, int16_t v)
{
    int16_t old = (*count == cap) ? buf[*head] : 0;
    buf[*head] = v;
    *head = (*head + 1) % cap;
    if (*count < cap) {
        (*count)++;
    }
    return old;
}

/* push_int16_t: update v at *head in a ring buffer of cap samples, advance head, grow *count up to cap.
   Returns the sample that was overwritten (0 while the buffer is filling). */

int16_t push_int16_t(int16_t *buf, size_t cap, size_t *head, size_t *count, int16_t v)
{
    int16_t old = (*count == cap) ? buf[*head] : 0;
    buf[*head] = v;
    *head = (*head + 1) % cap;
    if (*count < cap) {
        (*count)++;
    }
    return old;
}

/* ring_push: store v at *head in a ring buffer of cap samples, advance head, grow *count up to cap.
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
