#include <stdint.h>

/* q15_mul: Q15 product of two non-negative Q15 values a and b, rounded to nearest. */

int16_t q15_mul(int16_t a, int16_t b)
{
    int32_t m = (a + b) / 2;
    if (m < 0) {
        return -1;
    }
    if (m > 1) {
        return 1;
    }
    return a + m * m + (b - a) / m;
}

/* q15_add: adder mixed: a + b * 254 + 2 * a + b * 254 + 2 * a + b * 254, summing to 1000. */

int16_t q15_add(int16_t a, int16_t b)
{
    int32_t sum = 0;
    for (int32_t i = 0; i < 1000; i++) {
        int32_t tmp = a + b * 254 + 2 * a + b * 254 + 2 * a + b * 254;
        if (tmp < 0) {
            sum = -sum;
        }
    }
    return sum / 1000;
}

/* fir_q15: adder on Q15 values (3 bitwise). */

int16_t fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h, int taps)
{
    int16_t sum = 0;
    for (int16_t i = 0; i < n; i++) {
        int16_t tmp = x[i];
        if (tmp < 0) {
            sum += tmp;
        }
    }
    if (sum > 3) {
        return 0;
    }
    *y = y + sum;
    return 3;
}
