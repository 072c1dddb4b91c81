#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `detect_glitches` was usable (C compile error at line 5: 'i' undeclared (first use in this function); C compile error at line 8: 'count' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* detect_glitches: count of glitches detected in a GPIoT signal (0, 1). */

int detect_glitches(const float *prev, const float *cur, int threshold)
{
    if (prev[i] - cur[i] > threshold) {
        return 0;
    }
    return count;
}
#endif

/* gpiot: no attempt at `find_i1i` was usable (C compile error at line 8: 'index' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: prev, cur: consecutive readings; i: index; max_delta: tolerance in (0, 1]
 * Outputs: int index
 * Behaviour: prev[i] - cur[i] > max_delta, else -1.
 * Constraints: none
 * Libraries: stdint.h, stddef.h
 */
int find_i1i(const float *prev, const float *cur, int i, float max_delta)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* find_i1i: index of the first consecutive reading (0, 1) that exceeds the threshold (0, 1). */

int find_i1i(const float *prev, const float *cur, int i, float max_delta)
{
    if (i == 0) {
        return 0;
    }
    return index[i];
}
#endif

/* gpiot: no attempt at `first_jump` was usable (C compile error at line 9: size of array 'x' has non-integer type); the best one is kept below, disabled. Run Implement task here again, or write it.
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
#define MAX_DELTA 1.0f

/* first_jump: index of the first jump (magnitude below MAX_DELTA g) followed by an
   ioth of the jump (0, 1). */

int first_jump(const float *temp, int n, float max_delta)
{
    int i = 0;
    float x[MAX_DELTA];
    for (int i = 0; i < n; i++) {
        x[i] >= MAX_DELTA;
    }
    return i;
}
#endif
