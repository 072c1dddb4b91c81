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

/* std_dev: population standard deviation (divide by n) of n >= 1 samples around mean. */
int first_jump(const float *temp, int n, float max_delta)
{
    float acc = 0;
    for (int i = 0; i < n; i++) {
        float d = temp[i] - max_delta;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}
