#include <stdint.h>
#include <stddef.h>
#include <math.h>

/* gpiot: no attempt at `detect_glitches` was usable (C compile error at line 10: 'cur' redeclared as different kind of symbol); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: prev, cur: consecutive readings; threshold: threshold in (0, 1]
 * Outputs: int count of glitches detected
 * Behaviour: prev[i] - cur[i] > threshold, cur[i] + 1 if cur[i] - prev[i] > 1.
 * Constraints: none
 * Libraries: stdint.h, stddef.h
 */
int detect_glitches(const float *prev, const float *cur, int threshold)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* detect_glitches: count of glitches detected in a given window. */

int detect_glitches(const float *prev, const float *cur, int threshold)
{
    if (threshold == 0) {
        return 0;
    }
    int i = 0;
    uint8_t v = prev[i];
    uint8_t cur[1];
    for (int j = 0; j < 1; j++) {
        if (v < threshold) {
            i++;
        }
        cur[i] = prev[i - 1];
        i++;
    }
    return i;
}
#endif

/* find_i1i: index of the first consecutive reading that exceeds max_delta (0, 1). */
int find_i1i(const float *prev, const float *cur, int i, float max_delta)
{
    if (i < 0 || i >= max_delta) {
        return -1;
    }
    return prev[i] - cur[i];
}

/* gpiot: no attempt at `first_jump` was usable (C compile error at line 9: 'x' undeclared (first use in this function); C compile error at line 9: 'i' undeclared (first use in this function); C compile error at line 9: 'MAX_DELTA' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: temp: const float *; n: int; max_delta: tolerance in (0, 1]
 * Outputs: int index
 * Behaviour: x[i] >= 1 with fabs(temp[i] - temp[i-1]) > max_delta, or -1 if there is none (also for n < 2); return index.
 * Constraints: none
 * Libraries: stddef.h
 */
int first_jump(const float *temp, int n, float max_delta)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* first_jump: index of the first jump (magnitude below MAX_DELTA g) followed by an
   ioth of the jumps (0, 1). */

int first_jump(const float *temp, int n, float max_delta)
{
    if (n < 2) {
        return -1;
    }
    x[i] >= MAX_DELTA ? -1 : fabs(temp[i] - temp[i-1]) > max_delta;
    return i;
}
#endif
