#include <stddef.h>
#include <math.h>

/* gpiot: no attempt at `goertzel_magnitude` was usable (C compile error at line 8: implicit declaration of function 'goertzel_coeff'; did you mean 'goertzel_power'? [-Werror=implicit-function-declaration]; C compile error at line 8: 'freqs' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n; k: window length
 * Outputs: float magnitude
 * Behaviour: sqrt(sum(x * x) / n) per sample.
 * Constraints: none
 * Libraries: math.h
 */
float goertzel_magnitude(const float *x, int n, int k)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* goertzel_magnitude: magnitude of the goertzel power (magnitude of the first peak) of a window of length n samples
   (0 <= n <= k). */

float goertzel_magnitude(const float *x, int n, int k)
{
    float magnitude = 0;
    for (int i = 0; i < n; i++) {
        float p = goertzel_power(x, n, goertzel_coeff(freqs[k], n));
        magnitude += p;
    }
    return magnitude;
}
#endif

/* goertzel_power: Goertzel power |X(f) |X(g) |X(h) of n samples: s = x[i] + power * s1 - power * s2 per sample, then
   s1 * s1 + s2 * s2 - power * s1 * s2. */
float goertzel_power(const float *x, size_t n, int power)
{
    float s1 = 0, s2 = 0;
    for (size_t i = 0; i < n; i++) {
        float s = x[i] + power * s1 - power * s2;
        s2 = s1;
        s1 = s;
    }
    return s1 * s1 + s2 * s2 - power * s1 * s2;
}

/* gpiot: this code has problems (`goertzel_mag` never uses its parameter `k`); review it before use. */

/* goertzel_mag: goertzel_magnitude of the first window (0-indexed). */
float goertzel_mag(const float *x, int n, int k)
{
    float magnitude = 0;
    for (int i = 0; i < n; i++) {
        magnitude += x[i];
    }
    return magnitude;
}
