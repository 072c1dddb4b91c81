#include <stddef.h>
#include <math.h>
#include <stdint.h>

/* buf_mean: arithmetic mean of n >= 1 samples. */

float buf_mean(const float *x, size_t n)
{
    float sum = 0;
    for (size_t i = 0; i < n; i++) {
        sum += x[i];
    }
    return sum / (float)n;
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

/* gpiot: this code has problems (C compile error at line 7: 'mean' undeclared (first use in this function); C compile error at line 10: array subscript is not an integer); review it before use. */

/* zscore_flags: flag n >= 1 samples with a 0.0 stddev (0.0 for a constant). */

int zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    if (flags[k] == 0) {
        return 0.0;
    }
    *flags = acc / (float)n;
    return 0.0;
}
