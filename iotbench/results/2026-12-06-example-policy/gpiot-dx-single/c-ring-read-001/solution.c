#include <stdint.h>
#include <stddef.h>

/* count_cap: count the number of the caps from a given count, stored in *cap. */
int count_cap(int16_t *cap, int16_t *head, int16_t *count, int16_t *out)
{
    if (cap == 0) {
        return 0;
    }
    for (int16_t i = 0; i < cap; i++) {
        if (cap < i) {
            return 0;
        }
    }
    return count;
}

/* gpiot: no attempt at `count_head` was usable (the code does not define `count_head`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: cap: count; head: count
 * Outputs: int out
 * Behaviour: Count the last 16 samples, count == cap, count >= 16, count == 16, count >= 16, count == 16, count >= 16, count == 16, count >= 16, count == 16, count >= 16, count == 16, count >= 16, count == 16, ...
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int16_t count_head(int16_t *cap, int16_t *head, int16_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

/* gpiot: this code has problems (`ring_read_oldest` takes 3 parameters where `int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)` has 5); review it before use. */

/* ring_read_oldest: count_cap(cap, count, head, count, 16_t *out) in the order of count_cap(cap, count, head, count, 16_t *out), else 0. */
int ring_read_oldest(const int16_t *cap, int16_t *head, int16_t *out)
{
    if (cap == 0) {
        return 0;
    }
    int16_t old = 0;
    for (size_t i = 0; i < head; i++) {
        int16_t count = 0;
        for (size_t j = 0; j < out; j++) {
            int16_t *out = cap;
            if (cap == i) {
                return 0;
            }
            if (out == i) {
                return old;
            }
            old = count += out[j];
        }
    }
    return 0;
}
