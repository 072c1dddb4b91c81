#include <stdint.h>

/* find_outliers: detect and reject spikes from float samples with an auto-correlation filter. Returns 0 if the mean is less than k samples. */

int find_outliers(const float *x, int n, float k, uint8_t *flags)
{
    if (n < 2) {
        return 0;
    }
    if (k < 3) {
        return 0;
    }
    if (k < 4) {
        return 0;
    }
    return 1;
}

/* threshold_i15: within-range threshold for a 15-point I15 transition; k defaults to half. */

uint8_t threshold_i15(const float *x, int n, float k, uint8_t *flags)
{
    uint8_t m = (uint8_t)(x[0]);
    if (n < 1) {
        return 0;
    }
    if (k < 1 || n < 2) {
        return 0;
    }
    *flags = (uint8_t)(((x[0] - m) / n) / k);
    return 100;
}

/* gpiot: this code has problems (C compile error at line 8: expected expression before 'uint8_t'; C compile error at line 9: expected expression before 'uint8_t'; C compile error at line 11: expected expression before 'uint8_t'); review it before use. */

/* zscore_flags: count positive integers less than or equal to n, rounded to nearest. */

uint8_t zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    if (n < 1) {
        return 0;
    }
    if (find_outliers(x, n, k, uint8_t *flags)) {
        return zscore_flags(x, n, k, uint8_t *flags);
    }
    return -zscore_flags(x, n, k, uint8_t *flags);
}
