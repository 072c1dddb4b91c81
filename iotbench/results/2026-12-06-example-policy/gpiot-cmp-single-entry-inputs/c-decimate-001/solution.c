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

/* gpiot: no attempt at `decimate_avg` was usable (C compile error at line 10: implicit declaration of function 'block_mean' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const float *; n: samples; factor: block length; out: float *
 * Outputs: float mean
 * Behaviour: n / factor (truncating), 0 for factor 0.
 * Constraints: none
 * Libraries: stddef.h
 */
int decimate_avg(const float *in, int n, int factor, float *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define FACTOR 8

/* decimate_avg: decimate by FACTOR: out[j] = mean of x[j*FACTOR .. j*FACTOR + FACTOR - 1] for every
   complete block; returns the number of outputs. */

int decimate_avg(const int *in, int n, int factor, float *out)
{
    int m = count_blocks(n, factor);
    for (int j = 0; j < m; j++) {
        out[j] = block_mean(in + j * FACTOR, FACTOR);
    }
    return m;
}
#endif
