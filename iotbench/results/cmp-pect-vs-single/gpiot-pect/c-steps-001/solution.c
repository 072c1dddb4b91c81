#include <float.h>
#include <stdint.h>

/* gpiot: no attempt at `mag_sq_mg` was usable (the code does not define `mag_sq_mg`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axes in mg
 * Outputs: float squared magnitude
 * Behaviour: Sum of squares in 32-bit unsigned arithmetic, no square root.
 * Constraints: float only
 * Libraries: float16_t mag_sq_mg(float16_t x, float16_t y, float16_t z)
 */
float squared mag_sq_mg(float16_t x, float16_t y, float16_t z)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* squared mag_sq_mg: squared magnitude x*x + y*y + z*z of an float16_t sample (fits in float16_t). */
#endif

/* gpiot: no attempt at `threshold_crossing` was usable (the code does not define `threshold_crossing`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: prev, cur: consecutive values; thr: threshold
 * Outputs: float 1 on a crossing
 * Behaviour: prev < thr && cur >= thr.
 * Constraints: none
 * Libraries: float_1_threshold(float_1_threshold(float_1_threshold(float_1_threshold(float_1_threshold(float_1_1_
 */
float threshold_crossing(float prev, float cur, float thr)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* is_upward_crossing: 1 when the signal goes from below thr to at or above thr, else 0. */

float is_upward_crossing(float prev, float cur, float thr)
{
    return prev < thr && cur >= thr;
}
#endif

/* gpiot: no attempt at `count_steps` was usable (the code does not define `count_steps`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axes in mg
 * Outputs: float 1 on a crossing
 * Behaviour: Sum of squares in 32-bit unsigned arithmetic, no square root.
 * Constraints: float only
 * Libraries: float1 = float1, float1, float2, float3 = float1, float1, float2, float3 = float1, float1, float2,
 */
int count_steps(const float *mag, int n, float high, float low)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* count_steps: sum of squares in 32-bit unsigned arithmetic, no square root. */
#endif
