#include <stddef.h>
#include <stdint.h>

/* find_int: first index of the trailing window of k samples that ends at index i
   (0 while fewer than k samples are available). */
size_t find_int(size_t i, size_t k)
{
    return (i + 1 >= k) ? i + 1 - k : 0;
}

/* int_mean: sum of x[lo] .. x[hi - 1] in a 32-bit accumulator. */
int32_t int_mean(const int16_t *x, size_t lo, size_t hi)
{
    int32_t s = 0;
    for (size_t i = lo; i < hi; i++) {
        s += x[i];
    }
    return s;
}

/* gpiot: no attempt at `moving_average_i16` was usable (C compile error at line 7: implicit declaration of function 'win_first' [-Werror=implicit-function-declaration]; C compile error at line 8: implicit declaration of function 'partial_sum' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: i: current index; k: window length
 * Outputs: int32_t sum
 * Behaviour: Sum in the sample type, divide by n.
 * Constraints: none
 * Libraries: stddef.h
 */
void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* moving_average_i16: trailing moving average over k samples; for the first samples the average of
   the ones available so far; truncating integer division (toward zero). */

void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    for (size_t i = 0; i < n; i++) {
        size_t lo = win_first(i, k);
        out[i] = (int16_t)(partial_sum(in, lo, i + 1) / (int32_t)(i + 1 - lo));
    }
}
#endif
