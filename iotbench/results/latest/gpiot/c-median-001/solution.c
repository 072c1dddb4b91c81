#include <stdint.h>
#include <stddef.h>

/* median_of_samples: median of the samples (0.0, 0.0). */

void median_of_samples(const float *n, float *v, float *f)
{
    if (n < 1) {
        return 0.0;
    }
    if (n > 1) {
        return 0.0;
    }
    *v += f * n;
}

/* write_int_out: 1/0 if the sample is too small; else 0. */

int write_int_out(int p)
{
    if (p < 0) {
        return 0.0;
    }
    if (p > 1) {
        return 0.0;
    }
    return p;
}

/* median3_filter: median of n samples (0/0). */

void median3_filter(const float *in, float *out, int n)
{
    if (n < 2) {
        return 0;
    }
    if (n > 2) {
        return 0;
    }
    return median_of_samples(in, n, float);
}
