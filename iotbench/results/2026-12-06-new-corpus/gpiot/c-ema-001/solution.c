#include <stdint.h>

/* q15_multiply: Q15 multiply with rounding and saturation to [-32768, 32767]. */

int16_t q15_multiply(int16_t a, int16_t b)
{
    int32_t p = ((int32_t)a * b + (1 << 14)) >> 15;
    if (p > 32767) {
        p = 32767;
    } else if (p < -32768) {
        p = -32768;
    }
    return (int16_t)p;
}

/* q15_add_sat: saturating Q15 addition. */

int16_t q15_add_sat(int16_t a, int16_t b)
{
    int32_t s = (int32_t)a + b;
    if (s > 32767) {
        return 32767;
    }
    if (s < -32768) {
        return -32768;
    }
    return (int16_t)s;
}

/* gpiot: this code has problems (the code does not define `ema_filter`); review it before use. */

/* q15_multiply: saturating Q15 multiplication. */
