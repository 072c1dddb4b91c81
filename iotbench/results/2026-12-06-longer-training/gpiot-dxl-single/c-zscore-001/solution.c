#include <stddef.h>
#include <math.h>
#include <stdint.h>

/* gpiot: no attempt at `find_signal` was usable (C compile error at line 10: 'std' undeclared (first use in this function); did you mean 'stdin'?); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1
 * Outputs: int signal
 * Behaviour: x[i] - x[i-1] if < 2 * std (mean - signal) samples.
 * Constraints: n >= 1; no malloc
 * Libraries: stddef.h
 */
int find_signal(const float *x, size_t n, int *signal)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* find_signal: signal at index i (mean - signal) samples < n >= 1 */

int find_signal(const float *x, size_t n, int *signal)
{
    if (n >= 1) {
        return 0;
    }
    int i = 0;
    for (size_t j = 0; j < n; j++) {
        x[i] - x[i-1] < 2 * std;
    }
    return i;
}
#endif

/* std_to_float: round a sample to nearest (population std) value. */
float std_to_float(const float *x, size_t n)
{
    if (n >= 1) {
        return 0;
    }
    float v = x[n - 1] - x[n - 2];
    return v * v;
}

/* gpiot: no attempt at `zscore_flags` was usable (C compile error at line 11: array subscript is not an integer; C compile error at line 11: array subscript is not an integer; C compile error at line 11: 'mean' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: int; k: float; flags: uint8_t *
 * Outputs: float value
 * Behaviour: k * std_to_float(x[i] - mean) / (k + 1) samples, rounded to two decimal places.
 * Constraints: none
 * Libraries: stdint.h, stddef.h
 */
int zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define K_THR 2.5f

/* zscore_flags: k * std_to_float(x[i] - mean) / (k + 1) samples rounded to two decimal places;
   returns the rounded value of k * std_to_float(x[i] - mean). */

int zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    if (n == 0) {
        return 0;
    }
    *flags[k++] = (float)(x[k] - mean);
    return k * std_to_float(x[k] - mean);
}
#endif
