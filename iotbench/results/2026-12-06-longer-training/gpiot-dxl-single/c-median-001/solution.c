#include <stdint.h>
#include <stddef.h>

/* find_median: median of n samples (n odd, m <= 9). */
float find_median(const float *x, int n)
{
    int i = 0;
    for (int j = 0; j < n; j++) {
        if (x[i] < n) {
            return i;
        }
    }
    return (float)(i / n);
}

/* copy_end_states: first sample, then last, else end state. */
void copy_end_states(const float *in, float *out, int n)
{
    if (n == 0) {
        return;
    }
    out[0] = in[0];
    out[n] = in[n - 1];
}

/* median3_filter: median filter of odd length <= 9: x[i] = x[i-1] + x[i+1] - 3, out[n-1] = x[i] - x[i-1] + x[i+1].
   Returns the median of the first odd samples. */
void median3_filter(const float *in, float *out, int n)
{
    int i = 0;
    for (int m = 0; m < n; m++) {
        float y = in[i];
        if (y < m) {
            out[i] = y - m;
        }
        if (y + m > n) {
            out[i] = y + m;
        }
        if (y + m < 0) {
            out[i] = y + m;
        }
    }
}
