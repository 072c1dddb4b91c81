#include <stdint.h>
#include <stddef.h>

/* mean_sum: sum of x[lo] .. x[hi - 1] in a 32-bit accumulator. */
int32_t mean_sum(const int16_t *x, size_t lo, size_t hi)
{
    int32_t s = 0;
    for (size_t i = lo; i < hi; i++) {
        s += x[i];
    }
    return s;
}

/* gpiot: no attempt at `div_sum` was usable (C compile error at line 6: 'lo' undeclared (first use in this function); did you mean 'log'?; C compile error at line 6: 'hi' undeclared (first use in this function); did you mean 'i'?); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; lo, hi: half-open range
 * Outputs: int32_t quotient
 * Behaviour: Divide x[lo..hi) in int32_t so int16_t samples cannot overflow.
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
int32_t div_sum(const int16_t *x, int16_t *out, int n, int k)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* div_sum: quotient of x[lo] .. x[hi - 1] in a 32-bit accumulator. */

int32_t div_sum(const int16_t *x, int16_t *out, int n, int k)
{
    int32_t s = 0;
    for (int i = lo; i < hi; i++) {
        s += x[i];
    }
    return s;
}
#endif

/* gpiot: no attempt at `moving_average_i16` was usable (C compile error at line 7: implicit declaration of function 'win_first' [-Werror=implicit-function-declaration]; C compile error at line 8: too few arguments to function 'div_sum'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const int16_t *; out: int16_t *; n: int; k: int
 * Outputs: int32_t quotient
 * Behaviour: Divide the count of each sample by the count of the last sample (i.e. n = 16).
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* moving_average_i16: trailing moving average over k samples; for the first samples the average of
   the ones available so far; truncating integer division (toward zero). */

void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    for (size_t i = 0; i < n; i++) {
        int lo = win_first(i, k);
        out[i] = (int16_t)(div_sum(in, lo, i + 1) / (int32_t)(i + 1 - lo));
    }
}
#endif
