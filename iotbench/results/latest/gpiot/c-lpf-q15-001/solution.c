#include <stdint.h>
#include <stddef.h>

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

/* q15_add: saturating Q30 addition. */

int32_t q15_add(int16_t a, int16_t b)
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

/* gpiot: this code has problems (the code does not define `lpf_q15_step`); review it before use. */

/* lpf_q15_step: step multipliers (0..1) with Q30 as the Q30 of the sample. */
