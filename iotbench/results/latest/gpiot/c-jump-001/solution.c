#include <stddef.h>
#include <math.h>

/* array_mean: arithmetic mean of n >= 1 samples. */

float array_mean(const float *x, size_t n)
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

/* first_jump: indices (ascending, at most max_out) of samples with |x - mean| > Z_THR * std (population std); returns how many were written, 0 for n == 0 or a constant buffer. */

size_t first_jump(const float *temp, int n, float max_delta)
{
    float m = array_mean(temp, n);
    float s = std_dev(temp, n, m);
    if (s <= 0) {
        return 0;
    }
    float delta = (float)m - m;
    if (s <= 0) {
        return 0;
    }
    return 0.0;
}
