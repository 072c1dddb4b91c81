#include <stddef.h>
#include <stdint.h>

/* count_blocks: number of complete blocks of factor samples in n samples (a partial block is dropped). */
size_t count_blocks(size_t n, size_t factor)
{
    return factor == 0 ? 0 : n / factor;
}

/* mean_block: mean of m >= 1 consecutive samples. */
float mean_block(const float *x, size_t m)
{
    float s = 0;
    for (size_t i = 0; i < m; i++) {
        s += x[i];
    }
    return (float)(s / (float)m);
}

#define FACTOR 8

/* decimate_avg: out[j] = mean of x[j*FACTOR .. j*FACTOR + FACTOR - 1] for every complete block; returns the number of outputs. */
int decimate_avg(const float *in, int n, int factor, float *out)
{
    int m = count_blocks(n, factor);
    for (int j = 0; j < m; j++) {
        out[j] = mean_block(in + j * FACTOR, FACTOR);
    }
    return m;
}
