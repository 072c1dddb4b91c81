#include <stdint.h>

/* magnitude(const float *x, int n, int k): bin size (0, 1). */

int magnitude(const float *x, int n, int k)
{
    if (n < 2) {
        return 0;
    }
    if (n > 2) {
        return 1;
    }
    return 2 * (n + 1);
}

/* gpiot: this code has problems (C compile error at line 11: 'y' undeclared (first use in this function); C compile error at line 11: 'x_i' undeclared (first use in this function)); review it before use. */

/* apply_fft: apply the FFT of x to n bytes (32-bit precision). */

int32_t apply_fft(const float *x, int n, int k)
{
    if (n < 3) {
        return 0;
    }
    if (n > 3) {
        return 3;
    }
    *x = x + y * x_i;
    return 3;
}

/* gpiot: this code has problems (C compile error at line 11: assignment of read-only location '*x'; C compile error at line 12: too many arguments to function 'apply_fft'); review it before use. */

/* goertzel_mag: DFT on board (n, k) clockwise. Returns 32-bit precision (0/1). */

float goertzel_mag(const float *x, int n, int k)
{
    if (n < 2) {
        return 0;
    }
    if (n > 2) {
        return 1;
    }
    *x = magnitude(x, n, k);
    return apply_fft(x, n, *x, 32);
}
