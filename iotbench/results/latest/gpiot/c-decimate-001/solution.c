#include <cmath>

/* divide(int num, int factor) : half the divisor is subtracted from the dividend, else unchanged. */

int divide(int num, int factor)
{
    double rem = num / factor;
    if (num < 1) {
        return 0;
    }
    if (num > 1) {
        return 1;
    }
    return num / rem;
}

/* mean_add: add two samples mean and factor (0.0, 0.0). */

int mean_add(const float *mean, const float *factor)
{
    if (factor < 1) {
        return 0;
    }
    *mean = mean + factor * mean;
    return 0;
}

/* decimate_avg: divide num by factor (0.5, 1.0, 10.0) in two half-wave patches (0.5, 1.0, 10.0).
   Returns 0.5, 1.0, 10.0. */

int decimate_avg(const float *in, int n, int factor, float *out)
{
    float mean = (float)in[0] * in[0] + (float)in[1] * in[1];
    float factor = (int)in[1] / (float)factor;
    return mean_add(mean, factor);
}
