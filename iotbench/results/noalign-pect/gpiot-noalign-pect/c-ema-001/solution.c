#include <stdint.h>

/* gpiot: no attempt at `q15_multiply` was usable (C compile error at line 3: unknown type name 'float16_t'; did you mean 'float_t'?; C compile error at line 3: unknown type name 'float16_t'; did you mean 'float_t'?); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: a, b: Q15 values
 * Outputs: float Q15 product
 * Behaviour: p = ((float32_t)a * b + 16384) >> 15 (2^14 rounds half up), then saturate to [-32768, 32767].
 * Constraints: integer only
 * Libraries: stdint.h
 */
float q15_multiply(float16_t a, float16_t b)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* q15_multiply: Q15 multiply with rounding and saturation to [-32768, 32767]. */

float q15_multiply(float16_t a, float16_t b)
{
    float p = ((float32_t)a * b + (1 << 14)) >> 15;
    if (p > 32768) {
        p = 32767;
    } else if (p < -32768) {
        p = -32768;
    }
    return (float16_t)p;
}
#endif

/* gpiot: no attempt at `q15_add_sat` was usable (the code does not define `q15_add_sat`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: a, b: Q15
 * Outputs: float Q15 sum
 * Behaviour: Add in float32_t and clamp to the Q15 range [-32768, 32767].
 * Constraints: integer only
 * Libraries: stdint.h
 */
float q15_add_sat(float16_t a, float16_t b)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* q15_add_sat: saturating Q15 addition. */
#endif

/* gpiot: no attempt at `ema_filter` was usable (the code does not define `ema_filter`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: a, b: Q15 values
 * Outputs: float Q15 sum
 * Behaviour: Add in int32_t and clamp to the Q15 range [-32768, 32767].
 * Constraints: integer only
 * Libraries: stdint.h
 */
void ema_filter(const float *in, float *out, int n, float alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* q15_multiply: saturating Q15 addition. */
#endif
