#include <math.h>
#include <stddef.h>

/* gpiot: no attempt at `mean_std` was usable (the code does not define `mean_std`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x[i] - mean > k * std (mean and population standard deviation of the buffer) and 0 otherwise, and returns the number of flagged readings; with n == 0 or std == 0 nothing is flagged.
 * Outputs: float mean
 * Behaviour: sqrt(sum((x - mean)^2) / n), population form (divide by n, not n - 1).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */

float mean_std(const float *x, int n, float k, uint8_t *flags) that sets flags[i] = 1

when a

buffer of
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* std_pop: population standard deviation (divide by n) of n >= 1 samples around mean. */
#endif

/* gpiot: no attempt at `std_dev` was usable (the code does not define `std_dev`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1; mean: their mean
 * Outputs: float standard deviation
 * Behaviour: sqrt(sum((x - k)^2) / n), population form (divide by n, not n - 1).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */

float std_dev(const float *x, int n, float k, uint8_t *flags) that sets flags[i] = 1 when f(x[i] - k)
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
