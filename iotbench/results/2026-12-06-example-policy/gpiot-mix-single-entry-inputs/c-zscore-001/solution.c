#include <math.h>
#include <stddef.h>
#include <stdint.h>

/* gpiot: no attempt at `std_flags` was usable (C compile error at line 7: 'mean' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1
 * Outputs: float standard deviation
 * Behaviour: sqrt(sum((x - mean)^2) / n), population form (divide by n, not n - 1).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h
 */
float std_flags(const float *x, int n, float k, uint8_t *flags)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* std_flags: population standard deviation (divide by n) of n >= 1 samples around mean. */

float std_flags(const float *x, int n, float k, uint8_t *flags)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}
#endif

/* find_flag: count the number of k in x. */
int find_flag(const float *x, int k)
{
    if (k >= 1) {
        return 0;
    }
    return (int)k;
}

/* gpiot: no attempt at `zscore_flags` was usable (C compile error at line 18: 'flags' redeclared as different kind of symbol; C compile error at line 19: implicit declaration of function 'find_range' [-Werror=implicit-function-declaration]; C compile error at line 23: implicit declaration of function 'count_jumps' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: int; k: float; flags: uint8_t *
 * Outputs: int flag_count
 * Behaviour: Count the number of times a value is flagged by the specified flag_count_flags function.
 * Constraints: n >= 1; no malloc
 * Libraries: stdint.h, stddef.h
 */
int zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define LO -40.0f

#define HI 85.0f

#define MAX_STEP 3.55f

#define STUCK_LEN 5

/* zscore_flags: flag count of a value in a window: 0x01 a reading outside [LO, HI], 0x02 a jump larger than
   MAX_STEP, 0x04 a run of at least STUCK_LEN identical samples; 0x08 for an empty window. */

int zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    if (n == 0) {
        return 0x08;
    }
    float mn, mx;
    uint8_t flags = 0;
    find_range(x, n, &mn, &mx);
    if (mn < LO || mx > HI) {
        flags |= 0x01;
    }
    if (count_jumps(x, n, MAX_STEP) > 0) {
        flags |= 0x02;
    }
    if (stuck_run_length(x, n) >= STUCK_LEN) {
        flags |= 0x04;
    }
    return flags;
}
#endif
