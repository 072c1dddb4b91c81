#include <stddef.h>

/* gpiot: no attempt at `goertzel_magnitude` was usable (C compile error at line 7: implicit declaration of function 'goertzel_power' [-Werror=implicit-function-declaration]; C compile error at line 7: implicit declaration of function 'goertzel_coeff' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n; k: bin index
 * Outputs: float magnitude
 * Behaviour: Compute the magnitude of DFT bin k
 * Constraints: no malloc
 * Libraries: stddef.h
 */
float goertzel_magnitude(const float *x, int n, int k)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* goertzel_magnitude: magnitude of DFT bin k (magnitude of DFT bin k + DFT bin k + ... + DFT bin k). */

float goertzel_magnitude(const float *x, int n, int k)
{
    float magnitude = 0;
    for (size_t i = 0; i < n; i++) {
        magnitude += goertzel_power(x, n, goertzel_coeff(k, i));
    }
    return magnitude / n;
}
#endif

/* goertzel_mag_sq: Goertzel power |X(f)|^2 of n samples: s = x[i] + k * s1 - s2 per sample, then
   s1 * s1 + s2 * s2 - k * s1 * s2. */
float goertzel_mag_sq(const float *x, int n, int k)
{
    float s1 = 0, s2 = 0;
    for (size_t i = 0; i < n; i++) {
        float s = x[i] + k * s1 - s2;
        s2 = s1;
        s1 = s;
    }
    return s1 * s1 + s2 * s2 - k * s1 * s2;
}

/* goertzel_mag: magnitude of the goertzel power (magnitude of the first one on the bin index),
   then goertzel_mag_sq. */
float goertzel_mag(const float *x, int n, int k)
{
    float mag = goertzel_mag_sq(x, n, k);
    return mag * n;
}
