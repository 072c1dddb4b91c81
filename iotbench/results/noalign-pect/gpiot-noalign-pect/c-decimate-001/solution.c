#include <stddef.h>
#include <stdint.h>

/* int block_mean: number of complete blocks of factor samples in n samples (a partial block is dropped). */
int block_mean(const float *in, int n, int factor, float *out)
{
    return factor == 0 ? 0 : n / factor;
}

/* block_length: mean of m >= 1 consecutive samples. */
float block_length(const float *x, size_t m)
{
    float s = 0;
    for (size_t i = 0; i < m; i++) {
        s += x[i];
    }
    return (float)(s / (float)m);
}

/* gpiot: no attempt at `decimate_avg` was usable (the code does not define `decimate_avg`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: n: samples; factor: block length
 * Outputs: float mean
 * Behaviour: Sum the block and divide by n.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int decimate_avg(const float *in, int n, int factor, float *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define FACTOR 8

/* decimate_avg: decimate by FACTOR: out[j] = mean of x[j*FACTOR .. j*FACTOR + FACTOR - 1] for every
   complete block; returns the number of outputs. */
#endif
