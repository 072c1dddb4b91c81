#include <math.h>
#include <stddef.h>
#include <stdint.h>

/* gpiot: no attempt at `decimate_mean` was usable (C compile error at line 3: expected ')' before 'int'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: stream; n: stream length
 * Outputs: float mean
 * Behaviour: Divide by 1000.
 * Constraints: none
 * Libraries: math.h
 */
float decimate_mean(in, int n, float *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* decimate_mean: mean of a stream of n samples divided by 1000. */

float decimate_mean(in, int n, float *out)
{
    if (n == 0) {
        return 0;
    }
    float mean = 0;
    for (size_t i = 0; i < n; i++) {
        float d = in[i] - mean;
        mean += d * d;
    }
    return mean / 1000;
}
#endif

/* count_blocks: count the blocks of factor sample n. */
size_t count_blocks(size_t n, size_t factor)
{
    if (n == 0) {
        return 0;
    }
    size_t i = 0;
    for (size_t j = 0; j < n; j++) {
        if (factor == j) {
            return 0;
        }
    }
    return i;
}

/* gpiot: no attempt at `decimate_avg` was usable (C compile error at line 8: implicit declaration of function 'decimate_mean'; did you mean 'decimate_avg'? [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: stream; n: stream length
 * Outputs: size_t blocks
 * Behaviour: Count the blocks in the stream.
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

size_t decimate_avg(const float *in, int n, int factor, float *out)
{
    size_t m = decimate_mean(in, n, factor);
    return (int)decimate_mean(out, m) - 1;
}
#endif
