#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `median3` was usable (the code does not define `median3`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: sample; n: sample length
 * Outputs: float median
 * Behaviour: Window of 3 centred on i via small_median; the first and last 1 sample(s) are copied unchanged.
 * Constraints: caller-provided out; no malloc
 * Libraries: stdint.h, stddef.h
 */
float median3(const float *in, float *out, int n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

/* gpiot: no attempt at `median_of_3` was usable (the code does not define `median_of_3`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: sample; n: sample length
 * Outputs: void (out[n-1], out[n-1], in[n-1], in[n-1])
 * Behaviour: Copy the end samples unchanged.
 * Constraints: n <= 1
 * Libraries: stdint.h, stddef.h
 */
void median_of_3(const float *x, float *out, int n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* median_of_3: median of the first and last sample (n-1) samples from x, out[n-1] =
   out[n-1], in[n-1] = out[n-1], out[n-1] = in[n-1]. */
#endif

/* gpiot: no attempt at `median3_filter` was usable (C compile error at line 8: expected expression before 'float'; C compile error at line 10: implicit declaration of function 'small_median' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const float *; out: float *; n: sample length
 * Outputs: void (out[n-1], out[n-1], in[n-1], in[n-1])
 * Behaviour: Window of 3 centred on i via small_median; the first and last 1 sample(s) are copied unchanged.
 * Constraints: caller-provided out; no malloc
 * Libraries: stdint.h, stddef.h
 */
void median3_filter(const float *in, float *out, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* median3_filter: median filter of width 3: out[i] = median of x[i-1..i+1]; the first and last 1
   samples, which lack a full window, are copied unchanged. */

void median3_filter(const float *in, float *out, int n)
{
    for (size_t i = 0; i < n; i++) {
        if (i < 1 || i + 1 >= n) {
            out[i] = float(in[i]);
        } else {
            out[i] = small_median(in + i - 1, 3);
        }
    }
}
#endif
