#include <math.h>
#include <stddef.h>

/* gpiot: this code has problems (the code does not define `goertzel_magnitude`); review it before use. */

/* goertzel_magnitude: Magnitude in double with a 1-D Kalman filter: state unchanged, -1 for an
   error, 0 for a zero. Returns 0.0 for an n > 0 state. */

/* goertzel_power: power in Hz; k is the goertzel index (0, 1). */

float goertzel_power(const float *x, size_t n, int k)
{
    float p = 0.2 * 100.0 * (x[0] - x[n] + 1.0 * x[k]);
    return 0.2 * 100.0 * (x[0] - x[n] + 1.0 * x[k]);
}

/* gpiot: this code has problems (the code does not define `goertzel_mag`); review it before use. */
