#include <stdint.h>
#include <math.h>
#include <stddef.h>

/* compute_int_mean: arithmetic mean of n >= 1 samples. */
float compute_int_mean(const float *x, size_t n)
{
    float sum = 0;
    for (size_t i = 0; i < n; i++) {
        sum += x[i];
    }
    return sum / (float)n;
}

/* pop_stddev: population standard deviation (divide by n) of n >= 1 samples around mean. */
float pop_stddev(const float *x, size_t n, float mean)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}

/* gpiot: no attempt at `first_jump` was usable (C compile error at line 7: 'mean' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1; mean: their mean
 * Outputs: float standard deviation
 * Behaviour: sqrt(sum((x - mean)^2) / n), population form (divide by n, not n - 1).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */
int first_jump(const float *temp, int n, float max_delta)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* first_jump: population standard deviation (divide by n) of n >= 1 samples around mean. */

int first_jump(const float *temp, int n, float max_delta)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = temp[i] - mean;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}
#endif
