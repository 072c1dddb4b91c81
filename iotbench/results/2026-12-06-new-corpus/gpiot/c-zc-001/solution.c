#include <stdint.h>
#include <stddef.h>

/* sign_changes: number of sign changes between consecutive samples (0 counts as non-negative). */

size_t sign_changes(const float *x, size_t n)
{
    size_t c = 0;
    for (size_t i = 1; i < n; i++) {
        if ((x[i - 1] < 0) != (x[i] < 0)) {
            c++;
        }
    }
    return c;
}

/* sum_squares: signal energy, the sum of squares. */

float sum_squares(const float *x, size_t n)
{
    float e = 0;
    for (size_t i = 0; i < n; i++) {
        e += (float)x[i];
    }
    return e;
}

/* zero_crossings: sum of the squares of each pair of samples, rounded. */

int zero_crossings(const float *x, int n)
{
    float ans = 0.0;
    for (size_t i = 0; i < n; i++) {
        double a = x[i];
        double b = sum_squares(x, n) + a * x[i];
        ans += (float)b;
    }
    return ans;
}
