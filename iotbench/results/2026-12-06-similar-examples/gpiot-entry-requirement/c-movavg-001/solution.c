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
 * Inputs: in: const int16_t *; out: int16_t *; n: int; k: window length
 * Outputs: int32_t sum
 * Behaviour: an MCU samples a 16-bit ADC. Implement void moving_average_i16(const int16_t *in, int16_t *out, int n, int k) that writes to out[i] the integer mean of the last k samples in[i-k+1..i] (fewer at the start, where only i+1 exist): their sum divided by their count with C integer division (truncation toward zero). Sums must not overflow; use no dynamic memory.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define MA_WIN 16
#endif
