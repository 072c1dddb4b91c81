#include <math.h>
#include <stddef.h>

/* goertzel_magnitude: Magnitude in [0.0, 1.0]; rounded to nearest (1000th bin). */

float goertzel_magnitude(const float *freq, int n, int k)
{
    float magnitude = 0.0;
    for (int k = 0; k < n; k++) {
        float freq = (float)freq * n + (float)freq * k + 1;
        if (freq < 0.0) {
            return 0.0;
        }
    }
    return magnitude;
}

/* gpiot: this code has problems (C compile error at line 5: implicit declaration of function 'goertzel_coeff'; did you mean 'goertzel_power'? [-Werror=implicit-function-declaration]; C compile error at line 5: 'freqs' undeclared (first use in this function); C compile error at line 5: 'fs' undeclared (first use in this function)); review it before use. */

/* goertzel_power: index of the strongest power (the first one on the band), -1 if m == 0. */

float goertzel_power(const float *x, int n, int k)
{
    float p = goertzel_power(x, n, goertzel_coeff(freqs[k], fs));
    if (goertzel_power(x, n, goertzel_coeff(freqs[k], fs)) < 0) {
        return -1;
    }
    return p;
}

/* gpiot: this code has problems (the code does not define `goertzel_mag`); review it before use. */
