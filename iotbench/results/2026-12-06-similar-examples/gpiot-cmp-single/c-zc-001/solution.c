#include <stdint.h>
#include <stddef.h>
#include <math.h>

/* count_zero_crossings: number of sign changes between consecutive samples (0 counts as non-negative). */
size_t count_zero_crossings(const float *x, size_t n)
{
    size_t c = 0;
    for (size_t i = 1; i < n; i++) {
        if ((x[i - 1] < 0) != (x[i] < 0)) {
            c++;
        }
    }
    return c;
}

/* signal_energy: signal energy, the sum of squared samples. */
float signal_energy(const float *x, size_t n)
{
    float e = 0;
    for (size_t i = 0; i < n; i++) {
        e += (float)x[i] * x[i];
    }
    return e;
}

/* gpiot: no attempt at `rms_value` was usable (C compile error at line 8: implicit declaration of function 'sum_squares' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: count
 * Outputs: float RMS
 * Behaviour: sqrt(sum_squares(x, n) / n) in double; 0 for n == 0.
 * Constraints: none
 * Libraries: math.h, stddef.h
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

/* gpiot: no attempt at `zero_crossings` was usable (`zero_crossings` calls itself; C compile error at line 9: 'zcr_hz' undeclared (first use in this function); C compile error at line 9: 'fs' undeclared (first use in this function); C compile error at line 10: 'rms' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* zero_crossings: count in crossings per second (crossings * fs / n) and RMS of one sample;
   returns -1 for an empty sample, else 0. */

int zero_crossings(const float *x, int n)
{
    if (n == 0) {
        return -1;
    }
    *zcr_hz = (float)zero_crossings(x, n) * (float)fs / (float)n;
    *rms = rms_value(x, n);
    return 0;
}
#endif
