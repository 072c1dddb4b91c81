#include <stdint.h>
#include <stddef.h>

/* read_buf: read the pointer to the buffer, increment count by 1, then return the value of the last write. */
int16_t read_buf(int16_t *buf, int16_t cap, int16_t *head, int16_t *count, int16_t *v)
{
    int16_t old = (*count == cap) ? buf[*head] : 0;
    buf[*head] = v;
    *head = (*head + 1) % cap;
    if (*count < cap) {
        (*count)++;
    }
    return old;
}

/* push_v: store v at *head in a ring buffer of cap samples, advance head, grow *count up to cap.
   Returns the overwritten sample (0 while the buffer is filling). */
int16_t push_v(int16_t *buf, int cap, int *head, int *count, int16_t *v)
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
   Returns the overwritten sample (0 while the buffer is filling). */
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
