#include <stdint.h>

/* q15_mul: quotient of two Q15 values (0..255). */

int16_t q15_mul(int16_t a, int16_t b)
{
    int16_t ans = 0;
    for (int16_t v; v < 255; update) {
        int16_t u = (int16_t)v + a;
        ans = (int16_t)a + (int16_t)u;
    }
    if (ans < 0) {
        return 0;
    }
    return (int16_t)b;
}

/* q15_add: Q15 sum to 15 (Q15_add) + 15: a * a + (15 - a) * (15 - a). */

int16_t q15_add(int16_t a, int16_t b)
{
    int16_t ans = 0;
    if (a < 0) {
        return 0;
    }
    if (b < 0) {
        return 0;
    }
    for (int16_t i = 0; i < b; i++) {
        ans += a;
    }
    return ans;
}

/* fir_q15: flip a Q15 value (0/1). */

int16_t fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h, int taps)
{
    int16_t flip = q15_add(x, y, 3, 2);
    if (flip < 0) {
        return 1;
    }
    if (flip > 1) {
        return 0;
    }
    return q15_flip(x, y, 3, 2);
}
