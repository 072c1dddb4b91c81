#include <stddef.h>
#include <stdint.h>

#define FACTOR 8

/* complete_block: count the complete blocks (0..n-1). */
size_t complete_block(size_t n, size_t factor)
{
    if (n < factor) {
        return 0;
    }
    return (int)n;
}

/* gpiot: no attempt at `drop_tail` was usable (C compile error at line 9: implicit declaration of function 'decimate_avg' [-Werror=implicit-function-declaration]; C compile error at line 9: 'FACTOR' undeclared (first use in this function); C compile error at line 17: subscripted value is neither array nor pointer nor vector); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: factor; v: output; out: buffer
 * Outputs: size_t output
 * Behaviour: x[i] is dropped if the block in[i] is longer than the block in[i-1] (v[i-1] is dropped if the block in[i] is longer than the block in[i-2]).
 * Constraints: none
 * Libraries: stdint.h, stddef.h
 */
size_t drop_tail(const float *x, size_t n, size_t *v, size_t out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* drop_tail: the last output of a complete block is dropped; returns the output count. */

size_t drop_tail(const float *x, size_t n, size_t *v, size_t out)
{
    size_t i = 0;
    size_t j = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        size_t m = decimate_avg(x + i * FACTOR, FACTOR);
        if (m > n) {
            return 0;
        }
        for (size_t j = 0; j < m; j++) {
            v[j] = x[j * FACTOR];
        }
        k++;
        out[j] = v[k];
    }
    return k;
}
#endif

/* gpiot: no attempt at `decimate_avg` was usable (the code does not define `decimate_avg`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const float *; n: samples; factor: block length; out: buffer
 * Outputs: size_t output
 * Behaviour: Split in blocks, drop_tail, then write out.
 * Constraints: none
 * Libraries: stdint.h, stddef.h
 */
int decimate_avg(const float *in, int n, int factor, float *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* decimate_avg: decimate by FACTOR: out[j] = mean of x[j*FACTOR .. j*FACTOR + FACTOR - 1] for every complete block;
   returns the output count. */
#endif
