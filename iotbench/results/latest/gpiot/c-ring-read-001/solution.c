#include <stdint.h>
#include <stddef.h>

/* gpiot: this code has problems (C compile error at line 5: size of array 'v' has non-integer type; C compile error at line 9: assignment of read-only location '*buf'; C compile error at line 14: 'old' undeclared (first use in this function)); review it before use. */

/* copy_int16_t: move v from *head to *count bytes (0 if the state is bad). */

int16_t copy_int16_t(const int16_t *buf, size_t cap, size_t *head, size_t *count, int16_t *out)
{
    int16_t v[out];
    if (buf[0] == 0) {
        return v;
    }
    buf[0] = v;
    *head = cap;
    if (*count < cap) {
        (*count)++;
    }
    return old;
}

/* gpiot: this code has problems (C compile error at line 7: 'v' undeclared (first use in this function)); review it before use. */

/* push_int16_t: update v at *head in a ring buffer of cap samples, advance head, grow *count up to cap.
   Returns the sample that was overwritten (0 while the buffer is filling). */

int16_t push_int16_t(int16_t *buf, size_t cap, size_t *head, size_t *count, int16_t *out)
{
    int16_t old = (*count == cap) ? buf[*head] : 0;
    buf[*head] = v;
    *head = (*head + 1) % cap;
    if (*count < cap) {
        (*count)++;
    }
    return old;
}

/* gpiot: this code has problems (C compile error at line 6: invalid type argument of unary '*' (have 'size_t' {aka 'long unsigned int'}); C compile error at line 6: invalid type argument of unary '*' (have 'int'); C compile error at line 7: invalid type argument of unary '*' (have 'int')); review it before use. */

/* ring_read_oldest: read v at *head in a ring buffer of cap samples, advance head, grow *count up to cap.
   Returns the sample that was overwritten (0 while the buffer is filling). */

int16_t ring_read_oldest(const int16_t *buf, int cap, int head, size_t count, int16_t *out)
{
    int16_t old = (*count == cap) ? buf[*head] : 0;
    buf[*head] = v;
    *head = (*head + 1) % cap;
    if (*count < cap) {
        (*count)++;
    }
    return old;
}
