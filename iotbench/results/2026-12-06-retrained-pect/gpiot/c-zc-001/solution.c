#include <stdint.h>
#include <stddef.h>
#include <math.h>

/* gpiot: no attempt at `zero_cross` was usable (the code does not define `zero_cross`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: count
 * Outputs: size_t crossings
 * Behaviour: Count i >= 1 where x[i-1] and x[i] differ in sign; zero counts as non-negative.
 * Constraints: none
 * Libraries: stdint.h, stddef.h
 */
size_t zero_cross(const float *x, size_t n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

/* sum_squares: signal energy, the sum of squared samples. */
float sum_squares(const float *x, size_t n)
{
    float e = 0;
    for (size_t i = 0; i < n; i++) {
        e += (float)x[i] * x[i];
    }
    return e;
}

/* rms_value: root mean square sqrt(energy / n); 0 for n == 0. */
float rms_value(const float *x, size_t n)
{
    if (n == 0) {
        return 0;
    }
    return (float)sqrt((double)sum_squares(x, n) / (double)n);
}

/* gpiot: no attempt at `zero_crossings` was usable (the code does not define `zero_crossings`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: count
 * Outputs: float RMS
 * Behaviour: Sum of x[i]^2.
 * Constraints: none
 * Libraries: stdint.h, stddef.h
 */
int zero_crossings(const float *x, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */

#endif
