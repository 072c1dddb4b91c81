#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `find_median` was usable (C compile error at line 9: implicit declaration of function 'isort'; did you mean 'qsort'? [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: odd length <= 9
 * Outputs: float median
 * Behaviour: Sum in int, divide by n.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
float find_median(const float *x, int n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* find_median: median of n samples (n odd, n <= 9). */

float find_median(const float *x, int n)
{
    float tmp[9];
    for (int i = 0; i < n; i++) {
        tmp[i] = x[i];
    }
    isort(tmp, n);
    return (float)tmp[n / 2];
}
#endif

/* gpiot: no attempt at `copy_end_states` was usable (C compile error at line 7: 'x' undeclared (first use in this function); C compile error at line 9: implicit declaration of function 'small_median' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: output; n: count; out: output
 * Outputs: void (end state)
 * Behaviour: Write in the first sample, then copy the last sample.
 * Constraints: none
 * Libraries: stdint.h, stddef.h
 */
void copy_end_states(const float *in, float *out, int n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* copy_end_states: write in the first sample, then copy the last sample. */

void copy_end_states(const float *in, float *out, int n)
{
    for (size_t i = 0; i < n; i++) {
        if (i < 1 || i + 1 >= n) {
            out[i] = x[i];
        } else {
            out[i] = small_median(in + i - 1, 3);
        }
    }
}
#endif

/* gpiot: no attempt at `median3_filter` was usable (C compile error at line 8: 'x' undeclared (first use in this function); C compile error at line 10: implicit declaration of function 'small_median' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: output; out: output; n: odd length <= 9
 * Outputs: void (end state)
 * Behaviour: x = in[i-1] + in[i] + in[i+1]; out = out[n-1]; return (x << 3) (out[n-1] + x) (out[n-1] + x).
 * Constraints: no malloc
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
            out[i] = x[i];
        } else {
            out[i] = small_median(in + i - 1, 3);
        }
    }
}
#endif
