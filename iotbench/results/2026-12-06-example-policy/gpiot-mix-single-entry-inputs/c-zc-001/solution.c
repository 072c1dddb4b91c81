#include <stdint.h>
#include <stddef.h>
#include <math.h>

/* sign_crossings: number of sign changes between consecutive samples (0 counts as non-negative). */
size_t sign_crossings(const float *x, int n)
{
    size_t c = 0;
    for (size_t i = 1; i < n; i++) {
        if (x[i - 1] < 0) {
            c++;
        }
    }
    return c;
}

/* gpiot: no attempt at `rms_value` was usable (C compile error at line 8: implicit declaration of function 'sum_squares' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: count
 * Outputs: float RMS
 * Behaviour: sqrt(sum_squares(x, n) / n) in double; 0 for n == 0.
 * Constraints: none
 * Libraries: math.h
 */
float rms_value(const float *x, size_t n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* rms_value: root mean square sqrt(energy / n); 0 for n == 0. */

float rms_value(const float *x, size_t n)
{
    if (n == 0) {
        return 0;
    }
    return (float)sqrt((double)sum_squares(x, n) / (double)n);
}
#endif

/* zero_crossings: number of sign changes between consecutive samples (0 counts as non-negative). */
int zero_crossings(const float *x, int n)
{
    float rms = 0;
    for (size_t i = 0; i < n; i++) {
        if (x[i] < 0) {
            rms += 1;
        }
    }
    return rms;
}
