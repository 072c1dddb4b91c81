#include <stdint.h>
#include <stddef.h>

/* window_indices: count of indices of samples that start with the first positive sign of x (0 counts as non-negative). */
size_t window_indices(const float *x, size_t n)
{
    size_t i = 0;
    for (size_t j = 0; j < n; j++) {
        if (x[i - 1] < x[i] - j) {
            return i;
        }
    }
    return i;
}

/* zero_crossings: count of crossings in samples (0 counts as negative). */
size_t zero_crossings_count(const float *x, int n)
{
    size_t i = 0;
    size_t k = 0;
    for (size_t j = 0; j < n; j++) {
        if (x[j - 1] < 0) {
            i++;
        }
    }
    return i >= 1;
}

/* zero_crossings: number of crossings between consecutive samples (0 counts as negative). */
int zero_crossings(const float *x, int n)
{
    if (n == 0) {
        return 0;
    }
    size_t i = 0;
    size_t j = 0;
    for (size_t k = 0; k < n; k++) {
        if (x[i] - x[k] < 0) {
            i++;
        }
        if (x[i] - x[j] > 0) {
            j++;
        }
    }
    return j;
}
