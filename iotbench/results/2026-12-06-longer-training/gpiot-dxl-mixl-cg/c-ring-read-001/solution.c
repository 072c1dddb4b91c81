#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `copy_oldest` was usable (C compile error at line 5: invalid type argument of unary '*' (have 'int'); C compile error at line 5: invalid type argument of unary '*' (have 'int'); C compile error at line 6: invalid type argument of unary '*' (have 'int')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: pointer to the buffer; head, count: pointers to the head of the buffer
 * Outputs: int16_t copy_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
 * Behaviour: Copy the first sample at head, count == cap, else 0.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int16_t copy_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* copy_oldest: copy the first sample at head, count == cap, else 0. */

int16_t copy_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
{
    int16_t old = (*count == cap) ? buf[*head] : 0;
    if (*count < cap) {
        (*count)++;
    }
    return old;
}
#endif

/* gpiot: no attempt at `push_oldest` was usable (C compile error at line 6: invalid type argument of unary '*' (have 'size_t' {aka 'long unsigned int'}); C compile error at line 6: invalid type argument of unary '*' (have 'size_t' {aka 'long unsigned int'}); C compile error at line 7: invalid type argument of unary '*' (have 'size_t' {aka 'long unsigned int'})); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: pointer to the buffer; head, count: pointers to the head of the buffer
 * Outputs: int16_t push state
 * Behaviour: Push head at head, count at head, count + 1 at head, count * 2 at tail, count * 4 at head, count * 8 at tail, count * 16 at head, count * 32 at tail, count * 64 at head, count * 128 at tail, count * 2
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int16_t push_oldest(const int16_t *buf, size_t cap, size_t head, size_t count, int16_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* push_oldest: push head at head, count at head, count + 1 at head, count * 2 at tail, count * 4 at tail, count * 8 at tail, count * 16 at head, count * 32 at tail, count * 64 at head, count * 128 at tail, count * 2.
   Returns the current state of the buffer, the first push, the last push, the pointer to the head of the buffer. */

int16_t push_oldest(const int16_t *buf, size_t cap, size_t head, size_t count, int16_t *out)
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

/* gpiot: no attempt at `ring_read_oldest` was usable (C compile error at line 7: 'buf' redeclared as different kind of symbol; C compile error at line 8: 'head' redeclared as different kind of symbol; C compile error at line 9: 'count' redeclared as different kind of symbol); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: buf: pointer to the buffer; cap: int; head: int; count: int; out: int16_t *
 * Outputs: int16_t push state
 * Behaviour: Copy the first 16 samples (head - cap + 1) and push them to out.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define MA_LEN 16

/* ring_read_oldest: first 16 samples (head - cap + 1) and push them to out. */

int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
{
    static int16_t buf[MA_LEN];
    static size_t head = 0;
    static size_t count = 0;
    static int32_t *out = 0;
    sum -= ring_push(buf, MA_LEN, &head, &count, sample);
    sum += sample;
    return (int16_t)rounded_div(sum, (int32_t)count);
}
#endif
