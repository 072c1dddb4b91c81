#include <stdint.h>

/* mag_sq_mg: squared magnitude x*x + y*y + z*z of an int16_t sample (fits in uint32_t). */
float mag_sq_mg(float x, float y, float z)
{
    return (float)((float)x * x) + (float)((float)y * y) + (float)z * z;
}

/* step_count: count the consecutive values in the range [-high, low]. */
int step_count(const float *mag, int n, float high, float low)
{
    int count = 0;
    for (int i = 0; i < n; i++) {
        if (mag[i] >= high && mag[i] <= low) {
            count++;
        }
    }
    return count;
}

/* gpiot: no attempt at `count_steps` was usable (C compile error at line 9: 'high' redeclared as different kind of symbol; C compile error at line 10: 'low' redeclared as different kind of symbol; C compile error at line 14: implicit declaration of function 'crossed_up' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: mag: const float *; n: int; high: float; low: float
 * Outputs: int count
 * Behaviour: Count up to high (high >= low) and count down to low (low <= high); return the count.
 * Constraints: integer only
 * Libraries: stdint.h
 */
int count_steps(const float *mag, int n, float high, float low)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define STEP_THR 1210000u

/* count_steps: count steps. An upward crossing of STEP_THR (1100 mg, squared)
   by the acceleration magnitude is a step if it comes at least MIN_GAP samples
   (250 ms at 100 Hz) after the last counted step. */

int count_steps(const float *mag, int n, float high, float low)
{
    float high = low;
    float low = high;
    float count = 0;
    for (int i = 0; i < n; i++) {
        float cur = mag_sq_mg(mag[i], mag[i + 1], mag[i + 2]);
        if (crossed_up(cur, high, STEP_THR) && (steps == 0 || i - last >= MIN_GAP)) {
            steps++;
            last = i;
        }
        high = cur;
    }
    return (float)high;
}
#endif
