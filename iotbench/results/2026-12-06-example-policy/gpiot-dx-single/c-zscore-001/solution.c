#include <math.h>
#include <stddef.h>
#include <stdint.h>

/* gpiot: no attempt at `zscore_flags_std` was usable (C compile error at line 7: 'flag' undeclared (first use in this function); did you mean 'flags'?); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1
 * Outputs: float standard deviation
 * Behaviour: x = std_dev(x, k, *flags); return the count of flagged readings.
 * Constraints: n >= 1
 * Libraries: math.h
 */
float zscore_flags_std(const float *x, int n, float k, uint8_t *flags)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* zscore_flags_std: standard deviation of a flag from a sample. */

float zscore_flags_std(const float *x, int n, float k, uint8_t *flags)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - k * flag;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}
#endif

/* gpiot: no attempt at `std_deviation` was usable (C compile error at line 7: 'mean' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1
 * Outputs: float standard deviation
 * Behaviour: sqrt(sum((x - mean)^2) / n), population form (divide by n, not n - 1).
 * Constraints: n >= 1
 * Libraries: math.h
 */
float std_deviation(const float *x, size_t n, float k, uint8_t *flags)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* std_deviation: population standard deviation (divide by n) of n >= 1 samples around mean. */

float std_deviation(const float *x, size_t n, float k, uint8_t *flags)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}
#endif

/* gpiot: no attempt at `zscore_flags` was usable (the code does not define `zscore_flags`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1
 * Outputs: float standard deviation
 * Behaviour: x = std_dev(x, k, *flags); return the count of flagged readings.
 * Constraints: n >= 1
 * Libraries: math.h
 */
int zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* std_dev: standard deviation of a sample (divide by n) of n samples around mean. */

float std_dev(const float *x, size_t n, float k, uint8_t *flags)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}
#endif
