#include <stddef.h>
#include <stdint.h>

/* window_first: first index of the trailing window of k samples that ends at index i
   (0 while fewer than k samples are available). */
size_t window_first(size_t i, size_t k)
{
    return (i + 1 >= k) ? i + 1 - k : 0;
}

/* gpiot: no attempt at `sum_range` was usable (the code does not define `sum_range`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; lo, hi: half-open range
 * Outputs: int32_t sum
 * Behaviour: Sum x[lo..hi] in int32_t so int16_t samples cannot overflow.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */

int32_t sum_range(const int16_t *x, int16_t *out, int n, int k) that writes to out[i]

the integer mean,

{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* sum_range: sum of x[lo] .. x[hi - 1] in a 32-bit accumulator. */
#endif

/* gpiot: no attempt at `moving_average_i16` was usable (C compile error at line 6: 'i' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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

void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    return (i + 1 >= k) ? i + 1 - k : 0;
}
#endif
