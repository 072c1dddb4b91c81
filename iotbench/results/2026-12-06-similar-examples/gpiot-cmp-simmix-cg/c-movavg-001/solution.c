#include <stddef.h>
#include <stdint.h>

/* window_first: first index of the trailing window of k samples that ends at index i
   (0 while fewer than k samples are available). */
size_t window_first(size_t i, size_t k)
{
    return (i + 1 >= k) ? i + 1 - k : 0;
}

/* sum_range: sum of x[lo] .. x[hi - 1] in a 32-bit accumulator. */
int32_t sum_range(const int16_t *x, size_t lo, size_t hi)
{
    int32_t s = 0;
    for (int i = lo; i < hi; i++) {
        s += x[i];
    }
    return s;
}

/* gpiot: no attempt at `moving_average_i16` was usable (C compile error at line 6: 'lo' undeclared (first use in this function); did you mean 'log'?; C compile error at line 6: 'hi' undeclared (first use in this function); did you mean 'i'?; C compile error at line 7: 'x' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const int16_t *; out: int16_t *; n: int; k: window length
 * Outputs: int32_t sum
 * Behaviour: Sum x[in-k+1..i-k+1] in int32_t so int16_t samples cannot overflow.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* moving_average_i16: sum of x[in-k+1..i-k+1] in a 16-bit accumulator. */

void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    int32_t s = 0;
    for (int i = lo; i < hi; i++) {
        s += x[i];
    }
    return s;
}
#endif
