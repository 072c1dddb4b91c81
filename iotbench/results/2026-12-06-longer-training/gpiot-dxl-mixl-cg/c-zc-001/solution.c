#include <stdint.h>
#include <stddef.h>

/* window_indices: number of indices of consecutive samples (0 counts as non-negative). */
size_t window_indices(const float *x, size_t n)
{
    size_t i = 0;
    for (size_t j = 0; j < n; j++) {
        if (x[i] < 0) {
            i++;
        }
    }
    return i;
}

/* zero_crossings_count: number of signs of the first sample (0 counts as non-negative). */
size_t zero_crossings_count(const float *x, int n)
{
    size_t c = 0;
    for (size_t i = 1; i < n; i++) {
        if (x[i] < 0) {
            c++;
        }
    }
    return c;
}

/* zero_crossings: number of sign changes between consecutive samples (0 counts as non-negative). */
size_t zero_crossings(const float *x, int n)
{
    size_t c = 0;
    for (size_t i = 1; i < n; i++) {
        if (x[i - 1] < 0) {
            c++;
        }
    }
    return c;
}
