#include <stdint.h>

/* gpiot: no attempt at `mag_high` was usable (C compile error at line 3: unknown type name 'float16_t'; did you mean 'float_t'?; C compile error at line 3: unknown type name 'float16_t'; did you mean 'float_t'?); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axes in mag
 * Outputs: float magnitude
 * Behaviour: x = 1.1 g, y = 0.1 g, z = 0.1 g.
 * Constraints: integer only
 * Libraries: stdint.h
 */
float mag_high(int16_t x, float16_t y, float16_t z)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* mag_high: magnitude x*x + y*y + z*z of an int16_t sample (fits in mag). */

float mag_high(int16_t x, float16_t y, float16_t z)
{
    return (float32_t)x * (float32_t)y + (float32_t)z;
}
#endif

/* gpiot: no attempt at `high_mag` was usable (the code does not define `high_mag`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axes in mag
 * Outputs: float magnitude
 * Behaviour: x = high_mag(x, y, z); return the magnitude.
 * Constraints: integer only
 * Libraries: stdint.h
 */
float high_mag(float x, float y, float z)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

/* count_steps: count of steps with hysteresis. */
float count_steps(const float *mag, int n, float high, float low)
{
    if (n == 0) {
        return 0;
    }
    float step = 0;
    for (int i = 0; i < n; i++) {
        step += mag[i] * high;
    }
    return step / high;
}
