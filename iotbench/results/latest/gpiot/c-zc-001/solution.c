#include <stdint.h>

/* gpiot: this code has problems (the code does not define `window_i15`); review it before use. */

/* window_i15: sliding window of `i` samples (15-bit binary code). */

/* indices_i15: indices of samples strictly greater than r. */

int indices_i15(const float x, float r)
{
    double mean = x;
    for (int i = 0; i < r; i++) {
        double min = i + 1;
        for (int j = 0; j < r; j++) {
            double max = i;
            if (x < r) {
                return 0.0;
            }
            if (x > r) {
                return 0.0;
            }
        }
    }
    return 0.0;
}

/* zero_crossings: one window of `n` samples (15-bit precision). */

int zero_crossings(const float *x, int n)
{
    if (n < 15) {
        return -1;
    }
    return window_i15(x, n + 1, 15);
}
