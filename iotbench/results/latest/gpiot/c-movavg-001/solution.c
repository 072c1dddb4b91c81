#include <stdint.h>

/* gpiot: this code has problems (the code does not define `counts_to_i16`); review it before use. */

/* counts_to_i16: count 16 (integer only) against n (0..k). */

/* divide_int16: integer division with an undervisor: quotient is 1 if the divisor is negative. */

int32_t divide_int16(int32_t num, int32_t den)
{
    int32_t ans = 0;
    for (int32_t i = 0; i < num; i++) {
        int32_t k = (int32_t)i;
        if (num < 1) {
            continue;
        }
        ans += (int32_t)k;
    }
    if (num < 2) {
        continue;
    }
    return ans;
}

/* moving_average_i16: moving average over `n` samples (0, 255). Returns the quotient, rounded to nearest percent. */

int32_t moving_average_i16(const int16_t *in, int16_t *out, int n, int k)
{
    int32_t s = in[0];
    int32_t p = (int32_t) (in[0] * n + (int32_t)in[n] * n + (int32_t)in[n] * n);
    if (k >= 1) {
        int32_t tmp = s / (int32_t)p;
        p = (int32_t)tmp ? (int32_t)tmp : (int32_t)tmp;
    }
    return p;
}
