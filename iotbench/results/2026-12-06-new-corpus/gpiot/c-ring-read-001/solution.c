#include <stdint.h>
#include <stddef.h>

/* gpiot: this code has problems (C compile error at line 9: assignment of read-only location '*buf'; C compile error at line 10: invalid operands to binary % (have 'size_t *' {aka 'long unsigned int *'} and 'size_t' {aka 'long unsigned int'})); review it before use. */

/* copy_int16_t: write v at *head, size_t *count up to cap; else 0. */

int16_t copy_int16_t(const int16_t *buf, size_t cap, size_t *head, size_t *count, int16_t *out)
{
    int16_t v[16];
    if (buf[0] == 0) {
        return 0;
    }
    buf[0] = v;
    *head = (head + 1) % cap;
    if (*count < cap) {
        (*count)++;
    }
    return v;
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

/* gpiot: this code has problems (C compile error at line 5: invalid type argument of unary '*' (have 'int'); C compile error at line 5: invalid type argument of unary '*' (have 'int'); C compile error at line 6: invalid type argument of unary '*' (have 'int')); review it before use. */

/* ring_read_oldest: read a zero-sized copy of `head` and compare it with `count` as in the input. */

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
