#include <stdint.h>
#include <stddef.h>

/* mag_sq_mg: squared magnitude x*x + y*y + z*z of an int16_t sample (fits in uint32_t). */
uint32_t mag_sq_mg(int16_t x, int16_t y, int16_t z)
{
    return (uint32_t)((int32_t)x * x) + (uint32_t)((int32_t)y * y) + (uint32_t)((int32_t)z * z);
}

/* gpiot: no attempt at `threshold_step` was usable (C compile error at line 5: invalid operands to binary < (have 'const float *' and 'float'); C compile error at line 5: invalid operands to binary >= (have 'const float *' and 'float')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: prev, cur: consecutive values; thr: threshold
 * Outputs: int 1 on a crossing
 * Behaviour: prev < thr && cur >= thr.
 * Constraints: none
 * Libraries: stdint.h
 */
int threshold_step(const float *prev, const float *cur, const float thr)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* threshold_step: 1 when the signal goes from below thr to at or above thr, else 0. */

int threshold_step(const float *prev, const float *cur, const float thr)
{
    if (prev < thr && cur >= thr) {
        return 1;
    }
    return 0;
}
#endif

/* gpiot: no attempt at `count_steps` was usable (C compile error at line 16: too many arguments to function 'mag_sq_mg'; C compile error at line 19: implicit declaration of function 'rising_cross' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: mag: const float *; n: int; high: float; low: float
 * Outputs: int 1 on a crossing
 * Behaviour: Count the number of steps with a given high and low value.
 * Constraints: integer only
 * Libraries: stdint.h
 */
int count_steps(const float *mag, int n, float high, float low)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define STEP_THR 1210000u

#define MIN_GAP 7

/* count_steps: count steps. An upward crossing of STEP_THR (1100 mg, squared)
   by the acceleration magnitude is a step if it comes at least MIN_GAP samples
   (300 ms at 25 Hz) after the last counted step. */

int count_steps(const float *mag, int n, float high, float low)
{
    if (n == 0) {
        return 0;
    }
    int steps = 0;
    size_t last = 0;
    uint32_t prev = mag_sq_mg(mag, mag[0], mag[1], mag[2]);
    for (size_t i = 1; i < n; i++) {
        uint32_t cur = mag_sq_mg(mag[3 * i], mag[3 * i + 1], mag[3 * i + 2]);
        if (rising_cross(prev, cur, STEP_THR) && (steps == 0 || i - last >= MIN_GAP)) {
            steps++;
            last = i;
        }
        prev = cur;
    }
    return steps;
}
#endif
