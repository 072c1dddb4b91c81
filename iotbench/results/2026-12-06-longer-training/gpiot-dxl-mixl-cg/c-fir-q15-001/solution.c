#include <stdint.h>
#include <stddef.h>

/* q15_to_q15_c: Q15 value at q = 15 bits after the first 16 bits of x; samples before
   x[0] count as zero. */
int16_t q15_to_q15_c(const int16_t *x, int16_t q)
{
    int64_t acc = 0;
    for (size_t k = 0; k < q; k++) {
        acc += (int32_t)x[k] * (int16_t)q;
    }
    return acc;
}

/* gpiot: this code has problems (`q15_to_q15_c_2` never uses its parameter `x`); review it before use. */

/* q15_to_q15_c_2: Q15 to Q15c, 0 if q < 0. */
int16_t q15_to_q15_c_2(const int16_t *x, int q)
{
    int64_t v = (q + (1 << 14)) >> 15;
    if (v > 32767) {
        return 32767;
    }
    if (v < -32768) {
        return -32768;
    }
    return (int16_t)v;
}

/* gpiot: no attempt at `fir_q15` was usable (the code does not define `fir_q15`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: Q15 input; y: int16_t *; n: int; h: const int16_t *; taps: int
 * Outputs: int16_t Q15 value
 * Behaviour: x[i] = x[i-i] + h[i] * x[i-i] (q15_to_q15_c), x[i-i] = 0 if x[i-i] is less than h[i] (q15_to_q15_c_2), x[i-i] = 0 if x[i-i] is greater than h[i] (q15_to_q15_c_1), x[i-i] = 0 if x[i-i] is less than h[i
 * Constraints: integer only
 */
void fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h, int taps)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */

#endif
