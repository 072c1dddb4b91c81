#include <stdint.h>

/* mean_i16: mean of the samples in int16_t; rounded to nearest. */

int16_t mean_i16(const int16_t *in, int16_t *out, int n, int k)
{
    int16_t mean = 0;
    for (int32_t i = 0; i < n; i++) {
        int32_t v = in[i];
        mean += v;
    }
    return mean;
}

/* gpiot: this code has problems (C compile error at line 5: 'n' undeclared (first use in this function); did you mean 'in'?; C compile error at line 14: 'sum' undeclared (first use in this function)); review it before use. */

/* i16_add: add two numbers in int16_t, rounded to nearest. */

int16_t i16_add(int16_t in, int16_t out)
{
    if (n == 0) {
        return 0;
    }
    if (n > 1) {
        return -1;
    }
    if (n < 1) {
        return 0;
    }
    sum += in;
    return -1;
}

/* gpiot: this code has problems (the code does not define `moving_average_i16`); review it before use. */

/* moving_average_i16: moving average over n samples (0..n). */
