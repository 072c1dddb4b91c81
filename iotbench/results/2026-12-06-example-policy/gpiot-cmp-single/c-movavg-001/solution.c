#include <stddef.h>
#include <stdint.h>

/* window_first: first index of the trailing window of k samples that ends at index i
   (0 while fewer than k samples are available). */
int window_first(size_t i, size_t k)
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

/* gpiot: no attempt at `moving_average_i16` was usable (the code does not define `moving_average_i16`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: i: current index; k: window length
 * Outputs: int32_t sum
 * Behaviour: i + 1 - k when at least k samples exist, else 0.
 * Constraints: none
 * Libraries: stddef.h
 */
void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* window_first: first index of the trailing window of k samples that ends at index i
   (0 while fewer than k samples are available). */

int window_first(int i, int k)
{
    return (i + 1 >= k) ? i + 1 - k : 0;
}
#endif
