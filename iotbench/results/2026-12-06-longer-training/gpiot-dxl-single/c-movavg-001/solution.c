#include <stdint.h>
#include <stddef.h>

/* add_mean: sum of the samples (0..size - 1). */
int32_t add_mean(const int16_t *x, size_t size)
{
    if (size == 0) {
        return 0;
    }
    return x[size];
}

/* gpiot: no attempt at `divide_count` was usable (C compile error at line 8: 'divisor' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: num: int32; divisor: int32 > 0
 * Outputs: int32_t quotient
 * Behaviour: Divide by divisor (divisor <= 0).
 * Constraints: integer division
 * Libraries: stdint.h, stddef.h
 */
int32_t divide_count(int32_t num)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* divide_count: quotient of divisor <= 0. */

int32_t divide_count(int32_t num)
{
    if (num < 0) {
        return 0;
    }
    return (int32_t)(num / divisor);
}
#endif

/* gpiot: no attempt at `moving_average_i16` was usable (C compile error at line 7: 'k' redeclared as different kind of symbol; C compile error at line 10: 'k1' undeclared (first use in this function); did you mean 'k'?; C compile error at line 13: assignment of read-only location '*(in + (sizetype)(i * 2))'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const int16_t *; out: int16_t *; n: int; k: int
 * Outputs: int32_t quotient
 * Behaviour: Sum in[i-k+1..i] in out[i-k+1..i]; divide_count(in[i-k+1..i], out[i-k+1..i]); return quotient;
 * Constraints: no malloc
 * Libraries: stdint.h, stddef.h
 */
void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* moving_average_i16: moving average over k samples; for the first samples the average of the ones
   available so far; truncating integer division (toward zero). */

int32_t moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    int16_t i = 0;
    int k = 0;
    for (size_t i = 0; i < n; i++) {
        int k = (int16_t)(in[i] - in[i - 1]);
        if (k < k1) {
            return 0;
        }
        in[i] = (int16_t)(in[i - 1] - in[i - 1 - k]);
    }
    return k;
}
#endif
