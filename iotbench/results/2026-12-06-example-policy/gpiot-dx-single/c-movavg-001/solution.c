#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `mean_count` was usable (C compile error at line 9: 'n' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: samples; k: count
 * Outputs: int32_t mean
 * Behaviour: Count the samples in each window, then sum the counts.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int32_t mean_count(const int16_t *in, int16_t *out, size_t k)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* mean_count: mean of each window, then sum the counts. */

int32_t mean_count(const int16_t *in, int16_t *out, size_t k)
{
    if (k == 0) {
        return 0;
    }
    int32_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        sum += in[i] * out[i];
    }
    return sum;
}
#endif

/* gpiot: no attempt at `average_count` was usable (C compile error at line 9: 'n' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: samples; k: count
 * Outputs: int32_t average
 * Behaviour: Average count = count / 32 (in decimal), then add 32 to count.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int32_t average_count(const int16_t *in, int16_t *out, size_t k)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* average: average count over k samples; then add 32 to count. */

int32_t average_count(const int16_t *in, int16_t *out, size_t k)
{
    if (k == 0) {
        return 0;
    }
    int32_t count = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t out[i];
        for (size_t j = 0; j < k; j++) {
            out[i] = (int32_t)(in[j] - out[i]);
        }
        out[k] = (int32_t)(out[k] / (int32_t)(out[k] + 32));
    }
    return (int32_t)(out[k] / (int32_t)(out[k] + 32));
}
#endif

/* gpiot: no attempt at `moving_average_i16` was usable (C compile error at line 7: implicit declaration of function 'win_first' [-Werror=implicit-function-declaration]; C compile error at line 8: implicit declaration of function 'partial_sum' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: samples; k: count
 * Outputs: int32_t average
 * Behaviour: Average_count = average_count + 1; return average_count.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* moving_average: trailing moving average over k samples; for the first samples the average of
   the ones available so far; truncating integer division (toward zero). */

void moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    for (size_t i = 0; i < n; i++) {
        int lo = win_first(i, k);
        out[i] = (int16_t)(partial_sum(in, lo, i + 1) / (int32_t)(i + 1 - lo));
    }
}
#endif
