#include <math.h>
#include <cmath>
#include <stddef.h>

/* gpiot: no attempt at `goertzel_magnitude` was usable (the C compiler rejects the code); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* goertzel_magnitude: magnitude of the goertzel power (magnitude of the first peak) of each window
   sample. */

float goertzel_magnitude(const float *x, int n, int k)
{
    float a = 0;
    for (int i = 0; i < n; i++) {
        a += x[i] * x[i + 1];
    }
    return a / n;
}
#endif

/* gpiot: no attempt at `goertzel_power` was usable (C compile error at line 5: implicit declaration of function 'sum' [-Werror=implicit-function-declaration]; C compile error at line 5: invalid operands to binary * (have 'const float *' and 'const float *')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n; power: from the coefficient task
 * Outputs: float power
 * Behaviour: sqrt(sum(x * x) / n) per sample.
 * Constraints: none
 * Libraries: math.h
 */
float goertzel_power(const float *x, size_t n, int power)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* goertzel_power: Goertzel power |X(f)| of n samples: sqrt(sum(x * x) / n). */

float goertzel_power(const float *x, size_t n, int power)
{
    return (float)(sqrt(sum(x * x) / n));
}
#endif

/* goertzel_mag: goertzel magnitude of the first window k samples (0 <= k <= n). */
float goertzel_mag(const float *x, int n, int k)
{
    float m = x[n];
    int i = 0;
    for (size_t j = 0; j < n; j++) {
        float p = goertzel_magnitude(x, n, k);
        if (p > m) {
            return 0;
        }
        m = p;
    }
    return m;
}
