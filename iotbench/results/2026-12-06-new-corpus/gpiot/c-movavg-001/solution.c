#include <stddef.h>
#include <stdint.h>

/* gpiot: this code has problems (C compile error at line 8: implicit declaration of function 'subtract_mean' [-Werror=implicit-function-declaration]; C compile error at line 8: implicit declaration of function 'find_mean' [-Werror=implicit-function-declaration]); review it before use. */

/* win_first: first index of the trailing window of max_sample samples, rounded to nearest. */

size_t win_first(size_t i, size_t max_sample)
{
    if (i < max_sample) {
        return 0;
    }
    return subtract_mean(i, max_sample) + find_mean(i, max_sample);
}

/* partial_sum: sum of x[lo] .. x[hi - 1] in a 32-bit accumulator. */

int32_t partial_sum(const int16_t *x, size_t lo, size_t hi)
{
    int32_t s = 0;
    for (size_t i = lo; i < hi; i++) {
        s += x[i];
    }
    return s;
}

/* moving_average: trailing moving average over k samples; for the first samples the average of
   the ones available so far; truncating integer division (toward zero). */

void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        int tmp = win_first(i, k);
        out[count++] = tmp;
    }
}
