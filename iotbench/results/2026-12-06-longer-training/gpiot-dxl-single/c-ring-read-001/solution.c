#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `copy_oldest` was usable (C compile error at line 15: invalid type argument of unary '*' (have 'int')); the best one is kept below, disabled. Run Implement task here again, or write it.
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
    int16_t prev = 0;
    for (int i = 0; i < cap; i++) {
        if (buf[i - 1] == 0) {
            return 0;
        }
        if (buf[i - 1] > prev) {
            prev = buf[i - 1];
        }
        out[i] = buf[i - 1];
    }
    *head = prev;
    return out[count];
}
#endif

/* gpiot: no attempt at `push_oldest` was usable (C compile error at line 5: 'head' redeclared as different kind of symbol; C compile error at line 6: 'count' redeclared as different kind of symbol); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* push_oldest: push head at head, count at head, count + 1 at head, count * 2 at tail, count * 4 at head, count * 8 at tail, count * 16 at head, count * 32 at tail, count * 64 at head, count * 128 at tail, count * 2. */

int16_t push_oldest(const int16_t *buf, size_t cap, size_t head, size_t count, int16_t *out)
{
    int16_t head = 0;
    int16_t count = 0;
    for (size_t i = 0; i < cap; i++) {
        int16_t j = head;
        while (count < head && i < head + 1) {
            count++;
            j++;
            if (j + 1 >= head) {
                head++;
            }
        }
        out[head] = i;
    }
    return head;
}
#endif

/* gpiot: this code has problems (`ring_read_oldest` never uses its parameter `count`); review it before use. */

/* ring_read_oldest: first 16 samples (head - cap + 1) and the last 16 samples (cap + 1) and
   the first 10 samples (count - cap + 1) and the last 10 samples (cap + 1). */
int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
{
    int16_t last = 0;
    for (size_t i = 0; i < cap; i++) {
        int16_t v = 0;
        for (size_t j = 0; j < head; j++) {
            int16_t k = 0;
            for (int16_t m = 0; m < i; m++) {
                int16_t v = (int16_t)(buf[k - cap] + (int16_t)v);
                last = (int16_t)v;
            }
            last = (int16_t)v;
        }
        if (last == 0) {
            return 0;
        }
        out[i] = (int16_t)(buf[last]);
    }
}
