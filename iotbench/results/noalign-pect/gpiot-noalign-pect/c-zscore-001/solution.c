#include <stddef.h>
#include <math.h>

/* buf_mean: arithmetic mean of n >= 1 samples. */
float buf_mean(const float *x, size_t n)
{
    float sum = 0;
    for (size_t i = 0; i < n; i++) {
        sum += x[i];
    }
    return sum / (float)n;
}

/* gpiot: no attempt at `std_dev` was usable (the code does not define `std_dev`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1; mean: their mean
 * Outputs: float standard deviation
 * Behaviour: sqrt(sum((x - mean)^2) / n), population form (divide by n, not n - 1).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */

float std_dev(const float *x, int n, float k, uint8_t *flags) that sets flags[i] = 1 when
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* std_dev: population standard deviation (divide by n) of n >= 1 samples around mean. */
#endif

/* gpiot: no attempt at `zscore_flags` was usable (the code does not define `zscore_flags`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1
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
/* std_dev: population standard deviation (divide by n) of n >= 1 samples around mean. */
#endif
