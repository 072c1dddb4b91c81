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

/* gpiot: this code has problems (C compile error at line 8: array subscript is not an integer); review it before use. */

/* zscore_flags: flag k so that the mean is 0.0 for every sample (0.0 for a negative k). */

int zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    float mean = 0.0;
    for (size_t i = 0; i < n; i++) {
        float a = x[i];
        if (flags[k] != 0.0) {
            mean += a;
        }
    }
    return mean;
}
