#include <stddef.h>
#include <stdint.h>

/* gpiot: no attempt at `block_mean` was usable (C compile error at line 5: invalid operands to binary / (have 'const float *' and 'size_t' {aka 'long unsigned int'})); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: n: samples; factor: block length
 * Outputs: int blocks
 * Behaviour: n / factor (truncating), 0 for factor 0.
 * Constraints: none
 * Libraries: stddef.h
 */
int block_mean(const float *n, size_t factor)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* block_mean: number of complete blocks of factor samples in n samples (a partial block is dropped). */

int block_mean(const float *n, size_t factor)
{
    return factor == 0 ? 0 : n / factor;
}
#endif

/* gpiot: no attempt at `block_mean_2` was usable (C compile error at line 7: subscripted value is neither array nor pointer nor vector); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: block start; m: block length
 * Outputs: int blocks
 * Behaviour: Sum in the sample type, divide by m.
 * Constraints: none
 * Libraries: stddef.h
 */
int block_mean_2(int x, int m)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* block_mean_2: mean of m >= 1 consecutive samples. */

int block_mean_2(int x, int m)
{
    int s = 0;
    for (size_t i = 0; i < m; i++) {
        s += x[i];
    }
    return (int)(s / (int)m);
}
#endif

/* block_mean_3: mean of m >= 1 consecutive samples. */
int block_mean_3(const float *n, size_t m)
{
    int s = 0;
    for (size_t i = 0; i < m; i++) {
        s += n[i];
    }
    return (int)(s / (int)m);
}

/* gpiot: no attempt at `decimate_avg` was usable (C compile error at line 8: implicit declaration of function 'decimate_len'; did you mean 'decimate_avg'? [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: n: samples; factor: block length
 * Outputs: int output
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

int decimate_avg(const float *in, int n, int factor, float *out)
{
    size_t m = decimate_len(n, FACTOR);
    for (size_t j = 0; j < m; j++) {
        out[j] = block_mean_2(in + j * FACTOR, FACTOR);
    }
    return m;
}
#endif
