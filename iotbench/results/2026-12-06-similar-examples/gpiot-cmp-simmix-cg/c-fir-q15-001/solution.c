#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `acc_to_q15` was usable (C compile error at line 3: two or more data types in declaration specifiers; C compile error at line 5: 'acc' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: acc: sum of Q15 x Q15 products
 * Outputs: int16_t Q15 value
 * Behaviour: Add 2^14, arithmetic shift right by 15, clamp to [-32768, 32767].
 * Constraints: integer only
 * Libraries: stdint.h
 */
int16_t acc_to_q15(int64_t int)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* acc_to_q15: round a Q30 accumulator to Q15, (acc + 2^14) >> 15, and saturate to int16_t. */

int16_t acc_to_q15(int64_t int)
{
    int64_t v = (acc + (1 << 14)) >> 15;
    if (v > 32767) {
        return 32767;
    }
    if (v < -32768) {
        return -32768;
    }
    return (int16_t)v;
}
#endif

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

/* gpiot: no attempt at `fir_q15` was usable (C compile error at line 7: 'i' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: Q15 input; y: int16_t *; n: int; h: Q15 taps; taps: count
 * Outputs: int64_t Q30 sum
 * Behaviour: Sum h[k] * x[i-k] for k <= i, k < taps, in 64 bits.
 * Constraints: integer only
 * Libraries: stddef.h, stdint.h
 */
void fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h, int taps)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* fir_q15: FIR accumulator at sample i: sum of h[k] * x[i - k] for k < taps; samples before
   x[0] count as zero. */

void fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h, int taps)
{
    int64_t acc = 0;
    for (int k = 0; k < taps && k <= i; k++) {
        acc += (int32_t)h[k] * x[i - k];
    }
    return acc;
}
#endif
