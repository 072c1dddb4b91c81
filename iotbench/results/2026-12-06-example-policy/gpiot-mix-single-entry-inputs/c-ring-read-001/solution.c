#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `count_oldest` was usable (C compile error at line 6: invalid type argument of unary '*' (have 'int'); C compile error at line 6: 'buf' undeclared (first use in this function); C compile error at line 6: invalid type argument of unary '*' (have 'int')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: prev: previous sample; cap: cap in g
 * Outputs: int16_t count
 * Behaviour: Count the oldest sample; count = 0; count += 1; count += cap; count += cap; count += cap; count += cap; count += cap; count += cap; count += cap; count += cap; count += cap; count += cap; count += cap
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int16_t count_oldest(const int16_t *prev, int cap, int head, int count, int16_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* count_oldest: count the oldest sample in g, count = 0; count += 1; count += cap; count += cap;
   return count, else 0. */

int count_oldest(const int16_t *prev, int cap, int head, int count, int16_t *out)
{
    int16_t old = (*count == cap) ? buf[*head] : 0;
    if (*count < cap) {
        *count = 0;
    }
    if (*count += cap > cap) {
        *count = 0;
    }
    return *count, *count += *count;
}
#endif

/* gpiot: no attempt at `count_newest` was usable (C compile error at line 8: invalid type argument of unary '*' (have 'int'); C compile error at line 18: invalid type argument of unary '*' (have 'int')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: prev, cap: previous samples; cap: cap in g; count: count in g
 * Outputs: int16_t new sample
 * Behaviour: Copy the new sample to out, count = cap; the last 0x80 in the window.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int16_t count_newest(const int16_t *prev, int cap, int head, int count, int16_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* count_newest: count the last 0x80 in the window, return the new sample. */

int16_t count_newest(const int16_t *prev, int cap, int head, int count, int16_t *out)
{
    if (cap == 0) {
        return 0;
    }
    int16_t old = (*count == cap) ? prev[0] : 0;
    if (cap == 0) {
        return 0;
    }
    if (cap == 0) {
        return 0;
    }
    if (cap == 0) {
        return 0;
    }
    return (*count)[cap];
}
#endif

#define MA_LEN 8

/* ring_read_oldest: oldest ring in the buffer, O(1) per call. */
int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
{
    if (cap < MA_LEN) {
        return 0;
    }
    if (cap > MA_LEN) {
        return 1;
    }
    return head + cap;
}
