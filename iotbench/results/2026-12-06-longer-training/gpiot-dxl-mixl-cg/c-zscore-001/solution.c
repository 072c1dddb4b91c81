#include <stddef.h>
#include <math.h>
#include <stdint.h>

/* gpiot: no attempt at `find_signal` was usable (the code does not define `find_signal`); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* find_signal: signal at index i (ascending, at most max_out) of samples with |x - signal| < n * std
   (population std); returns the number of samples written, 0 for n == 0 or a constant buffer. */
#endif

/* gpiot: no attempt at `std_to_float` was usable (C compile error at line 5: implicit declaration of function 'sample_mean' [-Werror=implicit-function-declaration]; C compile error at line 6: implicit declaration of function 'std_dev' [-Werror=implicit-function-declaration]; C compile error at line 7: expected expression before 'float'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1
 * Outputs: float value
 * Behaviour: Round each sample to nearest
 * Constraints: n >= 1
 * Libraries: math.h
 */
float std_to_float(const float *x, size_t n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* std_to_float: round each sample to nearest; returns the nearest value. */

float std_to_float(const float *x, size_t n)
{
    float m = sample_mean(x, n);
    float s = std_dev(x, n, m);
    return round(float(m) / n, n);
}
#endif

/* gpiot: no attempt at `zscore_flags` was usable (the code does not define `zscore_flags`); the best one is kept below, disabled. Run Implement task here again, or write it.
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
#define Z_THR 2.5f

/* zscore_flags: k * std_to_float(x[i] - mean) / (k + 1) samples, rounded to two decimal places. */
#endif
