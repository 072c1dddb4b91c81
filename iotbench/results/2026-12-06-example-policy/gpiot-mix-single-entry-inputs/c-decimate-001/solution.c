#include <stddef.h>
#include <stdint.h>

/* count_blocks: number of complete blocks of factor samples in n samples (a partial block is dropped). */
size_t count_blocks(const float *in, int n, int factor, float *out)
{
    if (n == 0) {
        return 0;
    }
    return (int)n / factor;
}

/* mean_block: mean of m >= 1 consecutive samples. */
float mean_block(const float *x, int m)
{
    float s = 0;
    for (size_t i = 0; i < m; i++) {
        s += x[i];
    }
    return (float)(s / (float)m);
}

/* gpiot: no attempt at `decimate_avg` was usable (C compile error at line 25: implicit declaration of function 'count_blocks_with_factor' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const float *; n: samples; factor: block length; out: float *
 * Outputs: float mean
 * Behaviour: Count the complete blocks (n / factor), then mean_block (n / factor + 1), then count_blocks (n / factor + 2), then count_blocks_with_factor (n / factor + 3), then count_blocks_with_factor (n / factor+
 * Constraints: none
 * Libraries: stddef.h
 */
int decimate_avg(const float *in, int n, int factor, float *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define FACTOR 8

/* decimate_avg: count the complete blocks (n / factor), then mean_block (n / factor + 1), then count_blocks (n / factor + 2), then count_blocks_with_factor (n / factor + 3), then count_blocks_with_factor (n / factor + 4), then count_blocks_with_factor (n / factor + 5), then count_blocks_with_factor (n / factor + 6). */

size_t decimate_avg(const float *in, int n, int factor, float *out)
{
    if (n < factor) {
        return 0;
    }
    if (n > factor + 1) {
        return 1;
    }
    if (n > factor + 2) {
        return 2;
    }
    if (n > factor + 3) {
        return 3;
    }
    if (n > factor + 4) {
        return 4;
    }
    if (n > factor + 5) {
        return 5;
    }
    return count_blocks_with_factor(n / factor + 6);
}
#endif
