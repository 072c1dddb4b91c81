#include <math.h>
#include <stddef.h>
#include <stdint.h>

/* gpiot: no attempt at `flags_mean` was usable (C compile error at line 7: 'mean' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1; n >= 1; k: no malloc
 * Outputs: float mean
 * Behaviour: sqrt(sum((x - mean)^2) / n), population form (divide by n, not n - 1).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */
float flags_mean(const float *x, int n, float k, uint8_t *flags)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* flags_mean: population standard deviation (divide by n) of n >= 1 samples around mean. */

float flags_mean(const float *x, int n, float k, uint8_t *flags)
{
    float acc = 0;
    for (int i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    return sqrt(acc / (float)n);
}
#endif

/* std_dev: population standard deviation (divide by n) of n >= 1 samples around mean. */
float std_dev(const float *x, size_t n, float mean)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    return sqrt(acc / (float)n);
}

/* gpiot: no attempt at `zscore_flags` was usable (C compile error at line 7: 'mean' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: int; k: float; flags: uint8_t *
 * Outputs: float standard deviation
 * Behaviour: sqrt(sum((x - mean)^2) / n), population form (divide by n, not n - 1).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */
int zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* zscore_flags: population standard deviation (divide by n) of n >= 1 samples around mean. */

int zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    int acc = 0;
    for (int i = 0; i < n; i++) {
        int d = x[i] - mean;
        acc += d * d;
    }
    return sqrt(acc / (float)n);
}
#endif
