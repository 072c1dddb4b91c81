#include <stddef.h>
#include <stdint.h>

/* complete_block: count of complete blocks (0, 1) from n samples. */
size_t complete_block(size_t n, size_t factor)
{
    return n == 0 ? 0 : (n >> factor) - 1 == 0 ? (n >> factor + 1) : (n >> factor + 1 + factor) - 1;
}

/* gpiot: no attempt at `drop_tail` was usable (C compile error at line 16: subscripted value is neither array nor pointer nor vector); the best one is kept below, disabled. Run Implement task here again, or write it.
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
#define FACTOR 2

/* drop_tail: the last partial block of a complete block is dropped; returns the output. */

size_t drop_tail(const float *x, size_t n, size_t *v, size_t out)
{
    if (n == 0) {
        return 0;
    }
    if (n == 1) {
        return 0;
    }
    if (n == 2) {
        return 0;
    }
    out[n] = v[n];
    return n;
}
#endif

/* gpiot: no attempt at `decimate_avg` was usable (C compile error at line 9: too few arguments to function 'drop_tail'); the best one is kept below, disabled. Run Implement task here again, or write it.
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
#define FACTOR 8

/* decimate_avg: split in blocks, drop_tail, then write out. */

size_t decimate_avg(const float *in, int n, int factor, float *out)
{
    size_t m = complete_block(in, factor);
    for (size_t i = 0; i < m; i++) {
        out[i] = drop_tail(in, n, factor);
    }
    return m;
}
#endif
