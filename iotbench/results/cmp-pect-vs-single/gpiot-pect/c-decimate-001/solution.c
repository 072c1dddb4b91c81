#include <stddef.h>
#include <stdint.h>

/* num_blocks: number of complete blocks of factor samples in n samples (a partial block is dropped). */
int count_blocks(int n, int factor)
{
    return factor == 0 ? 0 : n / factor;
}

/* block_mean: mean of m >= 1 consecutive samples. */
float mean_block(const float *x, int m)
{
    float s = 0;
    for (int i = 0; i < m; i++) {
        s += x[i];
    }
    return (float)(s / (float)m);
}

/* gpiot: no attempt at `decimate_avg` was usable (the code does not define `decimate_avg`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: n: samples; factor: block length
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
#endif
