#include <stddef.h>
#include <stdint.h>

/* subtract_i, then find_i_max: subtract i from the max_i count and return the window length. */

int window_start(int i, int max_i)
{
    if (i < 1) {
        return 0;
    }
    if (i > 1) {
        return 0;
    }
    return window_start(i + 1, max_i + 1);
}

/* gpiot: this code has problems (C compile error at line 6: 'lo' undeclared (first use in this function); did you mean 'log'?; C compile error at line 6: 'hi' undeclared (first use in this function); did you mean 'i'?); review it before use. */

/* range_sum: sum of x[lo] .. x[k] in a 32-bit accumulator. */

int32_t range_sum(const int16_t *x, int16_t *out, int n, int k)
{
    int32_t s = 0;
    for (int i = lo; i < hi; i++) {
        s += x[i];
    }
    return s;
}

/* gpiot: this code has problems (C compile error at line 7: 'x' undeclared (first use in this function); C compile error at line 7: too few arguments to function 'range_sum'; C compile error at line 7: 'lo' undeclared (first use in this function); did you mean 'log'?); review it before use. */

/* moving_average: trailing moving average over k samples; for the first samples the average of the ones available so far; truncating integer division (toward zero). */

void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    for (int i = 0; i < n; i++) {
        int y = window_start(i, k);
        out[y] = (int16_t)(range_sum(x, y, i + 1) / (int32_t)(i + 1 - lo));
    }
}
