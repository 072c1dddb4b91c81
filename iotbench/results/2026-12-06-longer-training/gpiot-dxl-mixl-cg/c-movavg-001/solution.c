#include <stdint.h>
#include <stddef.h>

/* add_mean: sum of x[size] samples with a fixed-size mean. */
int32_t add_mean(const int16_t *x, size_t size)
{
    int32_t sum = 0;
    for (size_t i = 0; i < size; i++) {
        sum += x[i];
    }
    return sum;
}

/* gpiot: no attempt at `divide_count` was usable (C compile error at line 5: 'den' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* divide_count: integer division by divisor (divisor <= 0). */

int32_t divide_count(int32_t num)
{
    return (num >= 0) ? (num + den / 2) / den : -((-num + den / 2) / den);
}
#endif

/* gpiot: no attempt at `moving_average_i16` was usable (C compile error at line 8: implicit declaration of function 'win_first' [-Werror=implicit-function-declaration]; C compile error at line 9: implicit declaration of function 'partial_sum' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* moving_average_i16: trailing moving average over k samples; for the first samples the average of
   the ones available so far; truncating integer division (toward zero). */

int32_t moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    int i = 0;
    for (size_t i = 0; i < n; i++) {
        int lo = win_first(i, k);
        out[i] = (int16_t)(partial_sum(in, lo, i + 1) / (int32_t)(i + 1 - lo));
    }
}
#endif
