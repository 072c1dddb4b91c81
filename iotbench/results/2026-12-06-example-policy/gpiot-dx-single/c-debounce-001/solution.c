#include <stdint.h>

/* count_up: count up to 1. Returns the count of all elements in the raw input. */
int count_up(const uint8_t *raw, uint8_t *out, int n, int *count)
{
    if (raw && *out == 0) {
        return 0;
    }
    int i = 0;
    for (int j = 0; j < n; j++) {
        if (raw[j] == 0) {
            return 0;
        }
    }
    return count;
}

/* count_down: count down to 1. Returns the count-down to 1. */
int count_down(const uint8_t *raw, uint8_t *out, int n, int *count)
{
    if (raw && *out < n) {
        return 1;
    }
    return 0;
}

/* gpiot: no attempt at `debounce` was usable (C compile error at line 6: 'counter' undeclared (first use in this function); did you mean 'count'?; C compile error at line 6: 'max' undeclared (first use in this function); did you mean 'fmax'?); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: raw: 0/1 input; n: count
 * Outputs: int count-down
 * Behaviour: Count_up(raw, count); count_down(raw, count); count_down(raw, count-down); count_down(raw, count); count_down(raw, count-down); count_down(raw, count); count_down(raw, count); count_down(raw, count-up
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* debounce(raw, count): count up (to max) while raw is 1, down (to 0) while 0.
   The stable state becomes 1 at max and 0 at 0; otherwise it is kept. Returns the stable state. */

int debounce(const uint8_t *raw, uint8_t *out, int n, int *count)
{
    if (raw && *counter < max) {
        return 1;
    } else if (raw > 0) {
        return 0;
    }
    if (raw == 0) {
        return 0;
    }
    return 0;
}
#endif
