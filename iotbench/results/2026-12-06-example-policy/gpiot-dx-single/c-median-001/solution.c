#include <stdint.h>

/* gpiot: no attempt at `median_of_3` was usable (C compile error at line 9: implicit declaration of function 'isort'; did you mean 'qsort'? [-Werror=implicit-function-declaration]; C compile error at line 10: expected expression before 'double'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: window; m: odd length <= 9
 * Outputs: double median
 * Behaviour: Median of 3 samples.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
double median_of_3(const float *in, float *out, int n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* median_of_3: median of 3 samples (3 odd, 3 <= 9). */

double median_of_3(const float *in, float *out, int n)
{
    double tmp[3];
    for (int i = 0; i < n; i++) {
        tmp[i] = in[i];
    }
    isort(tmp, 3);
    return double(tmp[3] / 2);
}
#endif

/* median_of_3_copy: median of 3 samples (3 odd, 3 even, 3 less than 9). */
void median_of_3_copy(const float *in, float *out, int n)
{
    if (n == 0) {
        return (out[0] = in[0], out[n-1] = in[n-1]);
    }
    if (n == 1) {
        return (out[0] = in[0], out[n-1] = in[n-1]);
    }
    return (out[0] = in[0], out[n-1] = in[n-1]);
}

/* median3_filter: median of the first m elements from an input window, sorted. */
void median3_filter(const float *in, float *out, int n)
{
    for (int i = 0; i < n; i++) {
        if (in[i] == in[0]) {
            return;
        }
    }
    return;
}
