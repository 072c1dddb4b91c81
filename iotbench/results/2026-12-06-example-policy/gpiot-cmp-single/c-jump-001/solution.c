#include <math.h>
#include <stddef.h>

/* min_std_dev: population standard deviation (divide by n) of n >= 1 samples around mean. */
float min_std_dev(const float *x, size_t n, float mean)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}

/* std_dev: population standard deviation (divide by n) of n >= 1 samples around mean. */
float std_dev(const float *x, size_t n, float mean)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}

/* gpiot: no attempt at `first_jump` was usable (C compile error at line 7: invalid operands to binary - (have 'float' and 'float (*)(const float *, size_t, float)' {aka 'float (*)(const float *, long unsigned int, float)'})); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1
 * Outputs: float standard deviation
 * Behaviour: sqrt(sum((x - min_std_dev)^2) / n), population form (divide by n, not n - 1).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */
int first_jump(const float *temp, int n, float max_delta)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* std_dev: population standard deviation (divide by n) of n >= 1 samples around min_std_dev. */

int first_jump(const float *temp, int n, float max_delta)
{
    float acc = 0;
    for (int i = 0; i < n; i++) {
        float d = temp[i] - min_std_dev;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}
#endif
