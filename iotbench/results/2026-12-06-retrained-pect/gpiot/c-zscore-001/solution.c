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

/* stddev: population standard deviation (divide by n) of n >= 1 samples around mean. */
float stddev(const float *x, size_t n, float mean)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}

/* zscore_flags: arithmetic mean of n >= 1 samples. */
int zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    float sum = 0;
    for (size_t i = 0; i < n; i++) {
        sum += x[i];
    }
    return sum / (float)n;
}
