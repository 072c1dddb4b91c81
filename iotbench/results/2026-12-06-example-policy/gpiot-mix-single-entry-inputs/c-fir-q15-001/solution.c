#include <stddef.h>
#include <stdint.h>

/* gpiot: no attempt at `fir_q15_add` was usable (C compile error at line 7: 'taps' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: Q15 input; i: output index; h: Q15 taps; taps: count
 * Outputs: int64_t Q15 sum
 * Behaviour: Sum h[i] * x[i] for i <= taps, in 64 bits.
 * Constraints: integer only
 * Libraries: stddef.h
 */
int64_t fir_q15_add(const int16_t *x, size_t i, const int16_t *h)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* fir_q15_add: FIR accumulator at sample i: sum of h[k] * x[i - k] for k < taps; samples before
   x[0] count as zero. */

int64_t fir_q15_add(const int16_t *x, size_t i, const int16_t *h)
{
    int64_t acc = 0;
    for (size_t k = 0; k < taps && k <= i; k++) {
        acc += (int32_t)h[k] * x[i - k];
    }
    return acc;
}
#endif

/* gpiot: this code has problems (`fir_accumulate` takes 4 parameters where `int64_t fir_accumulate(const int16_t *x, size_t i, const int16_t *h)` has 3); review it before use. */

/* fir_accumulate: FIR accumulator at sample i: sum of h[k] * x[i - k] for k < taps; samples before
   x[0] count as zero. */
int64_t fir_accumulate(const int16_t *x, size_t i, const int16_t *h, size_t taps)
{
    int64_t acc = 0;
    for (size_t k = 0; k < taps && k <= i; k++) {
        acc += (int32_t)h[k] * x[i - k];
    }
    return acc;
}

/* gpiot: no attempt at `fir_q15` was usable (`fir_q15` takes 4 parameters where `void fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h, int taps)` has 5; C compile error at line 7: 'i' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: Q15 input; y: int16_t *; n: int; h: Q15 taps; taps: count
 * Outputs: int64_t Q15 sum
 * Behaviour: Sum h[k] * x[i-k] for k <= i, k < taps, in 64 bits.
 * Constraints: integer only
 * Libraries: stddef.h
 */
void fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h, int taps)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* fir_q15: FIR accumulator at sample i: sum of h[k] * x[i - k] for k < taps; samples before
   x[0] count as zero. */

int64_t fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h)
{
    int64_t acc = 0;
    for (size_t k = 0; k < n && k <= i; k++) {
        acc += (int32_t)h[k] * x[i - k];
    }
    return acc;
}
#endif
