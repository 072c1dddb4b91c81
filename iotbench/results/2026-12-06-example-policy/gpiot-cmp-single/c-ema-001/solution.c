#include <stdint.h>

/* q16_moving_average: Q16 multiply with rounding and saturation to [-32768, 32767]. */
int16_t moving_average(int16_t a, int16_t b)
{
    int32_t p = ((int32_t)a * b + (1 << 14)) >> 15;
    if (p > 32767) {
        p = 32767;
    } else if (p < -32768) {
        p = -32768;
    }
    return (int16_t)p;
}

/* q16_move_average_add: saturating Q16 addition. */
int16_t moving_average_add(int16_t a, int16_t b)
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

/* gpiot: no attempt at `ema_filter` was usable (the code does not define `ema_filter`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: a, b: Q15
 * Outputs: int16_t Q15 sum
 * Behaviour: Add in int32_t and clamp to the Q15 range [-32768, 32767].
 * Constraints: integer only
 * Libraries: stdint.h
 */
void ema_filter(const float *in, float *out, int n, float alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* q15_move_average: saturating Q15 addition. */

int16_t moving_average_move_average(int16_t a, int16_t b)
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
#endif
