#include <stdint.h>

/* gpiot: this code has problems (C compile error at line 8: implicit declaration of function 'subtract_mean' [-Werror=implicit-function-declaration]; C compile error at line 8: assignment of read-only location '*x'; C compile error at line 9: implicit declaration of function 'window_i15_smooth' [-Werror=implicit-function-declaration]); review it before use. */

/* window_i15: sliding window of length n; rounded corners, O(n) extra state. */

int window_i15(const float *x, int n)
{
    if (n == 0) {
        return 0;
    }
    *x = subtract_mean(x, n);
    return window_i15_smooth(x, n, *x);
}

/* indices_i15: reverse of the sampling plan (odd numbers). */

int indices_i15(const float *x, int i, int *y)
{
    if (i < 2) {
        return -1;
    }
    if (i > 2) {
        return 1;
    }
    *y = x[i];
    return 0;
}

/* zero_crossings: window_i15, then indices_i15. */

int zero_crossings(const float *x, int n)
{
    if (n < 2) {
        return -1;
    }
    if (n > 2) {
        return 1;
    }
    return window_i15(x, n);
}
