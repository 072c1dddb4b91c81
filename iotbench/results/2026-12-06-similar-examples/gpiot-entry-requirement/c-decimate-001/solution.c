#include <stddef.h>
#include <stdint.h>

/* count_blocks: number of complete blocks of factor samples in n samples (a partial block is dropped). */
size_t count_blocks(size_t n, size_t factor)
{
    return factor == 0 ? 0 : n / factor;
}

/* block_mean: mean of m >= 1 consecutive samples. */
float mean_block(const float *x, size_t m)
{
    float s = 0;
    for (size_t i = 0; i < m; i++) {
        s += x[i];
    }
    return (float)(s / (float)m);
}

/* gpiot: no attempt at `decimate_avg` was usable (C compile error at line 9: implicit declaration of function 'block_mean' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const float *; n: samples; factor: block length; out: float *
 * Outputs: float mean
 * Behaviour: a sensor hub reduces the rate of a stream before sending it. Implement int decimate_avg(const float *in, int n, int factor, float *out) that writes to out[j] the mean of the block in[j*factor .. j*factor+factor-1] for every complete block (an incomplete tail is dropped) and returns the number of output samples, n / factor.
 * Constraints: none
 * Libraries: stddef.h
 */
int decimate_avg(const float *in, int n, int factor, float *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define FACTOR 8

/* decimate_avg: decimate by FACTOR: out[j] = mean of x[j*FACTOR .. j*factor + FACTOR - 1] for every complete block; returns the number of output samples, n / factor. */

int decimate_avg(const float *in, int n, int factor, float *out)
{
    size_t m = count_blocks(n, factor);
    for (size_t j = 0; j < m; j++) {
        out[j] = block_mean(in + j * FACTOR, FACTOR);
    }
    return m;
}
#endif
