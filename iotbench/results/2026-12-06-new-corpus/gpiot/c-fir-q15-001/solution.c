#include <stdint.h>
#include <stddef.h>

/* acc_to_q15: round a Q30 accumulator to Q15, (acc + 2^14) >> 15, and saturate to int16_t. */

int16_t acc_to_q15(int64_t acc)
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

/* fir_q15: Q15 FIR filter with zero initial state: y[i] = acc_to_q15(fir_accumulate(x, i, h, taps)). */

void fir_q15(const int16_t *x, int16_t *y, size_t n, const int16_t *h, size_t taps)
{
    for (size_t i = 0; i < n; i++) {
        y[i] = acc_to_q15(fir_accumulate(x, i, h, taps));
    }
}
