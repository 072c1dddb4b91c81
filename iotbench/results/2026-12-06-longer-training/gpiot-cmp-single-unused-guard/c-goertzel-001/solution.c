#include <math.h>
#include <stddef.h>

/* gpiot: no attempt at `goertzel_magnitude` was usable (C compile error at line 5: 'freq' undeclared (first use in this function); did you mean 'free'?; C compile error at line 5: 'fs' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: freq: target frequency in Hz; fs: sampling rate in Hz
 * Outputs: float coefficient
 * Behaviour: 2 * cos(2 * pi * freq / fs); the exact frequency, not rounded to a DFT bin.
 * Constraints: none
 * Libraries: math.h
 */
float goertzel_magnitude(float *x)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* goertzel_magnitude: Goertzel magnitude 2 * cos(2 * pi * freq / fs), computed in double. */

float goertzel_magnitude(float *x)
{
    return (float)(2.0 * cos(6.283185307179586 * (double)freq / (double)fs));
}
#endif

/* goertzel_mag_sq: Goertzel power |X(f)|^2 of n samples: s = x[i] + coeff * s1 - s2 per sample, then
   s1 * s1 + s2 * s2 - coeff * s1 * s2. */
float goertzel_mag_sq(const float *x, int n, float coeff)
{
    float s1 = 0, s2 = 0;
    for (int i = 0; i < n; i++) {
        float s = x[i] + coeff * s1 - s2;
        s2 = s1;
        s1 = s;
    }
    return s1 * s1 + s2 * s2 - coeff * s1 * s2;
}

/* gpiot: no attempt at `goertzel_mag` was usable (the code does not define `goertzel_mag`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: int; k: int
 * Outputs: float power
 * Behaviour: Second-order recursion over all samples, then the power formula.
 * Constraints: no malloc
 * Libraries: stddef.h
 */
float goertzel_mag(const float *x, int n, int k)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */

#endif
