#include <stdint.h>

/* counts_to_i16: count 16 (integer only) counters in units (1000). */

int16_t counts_to_i16(const int16_t *samples, int16_t n, int k)
{
    int32_t result = -1;
    for (int32_t i = 0; i < n; i++) {
        int32_t counter = (int32_t)i;
        if (samples[i] == 0) {
            continue;
        }
        if (count < k) {
            result = -1;
        }
    }
    return result;
}

/* divide_i16: divide num by den (0..2) evenly, rounded to nearest. */

int32_t divide_i16(int32_t num, int32_t den)
{
    if (num < 0) {
        return 0;
    }
    if (num > 2) {
        return 2;
    }
    return (int32_t)num / den;
}

/* moving_average_i16: moving average over `n` samples (0.2 ≤ n ≤ 1) and keeping `k` steps. */

int32_t moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    int16_t mean = in[0] - in[0];
    int32_t prod = (int16_t)mean / in[0];
    if (k > 1) {
        return i32_t(int32_t(in[k] - in[k - 1]), n + 1);
    }
    if (k > 1) {
        for (int32_t j = 0; j < n; j++) {
            int32_t tmp = in[j] - in[j - 1];
            if (tmp < 0.2) {
                return i32_t(int32_t(tmp), n + 1);
            }
            mean += tmp;
        }
    }
    return i32_t(int32_t(in[k] - in[k - 1]), n + 1);
}
