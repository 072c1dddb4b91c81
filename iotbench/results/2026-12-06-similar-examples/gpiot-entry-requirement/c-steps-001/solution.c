#include <stdint.h>
#include <stddef.h>

/* mag_sq_mg: squared magnitude x*x + y*y + z*z of an int16_t sample (fits in uint32_t). */
uint32_t mag_sq_mg(int16_t x, int16_t y, int16_t z)
{
    return (uint32_t)((int32_t)x * x) + (uint32_t)((int32_t)y * y) + (uint32_t)((int32_t)z * z);
}

/* crossed_up: 1 when the signal goes from below thr to at or above thr, else 0. */
int crossed_up(float prev, float cur, float thr)
{
    return prev < thr && cur >= thr;
}

/* gpiot: no attempt at `count_steps` was usable (syntax error at line 1; the code does not define `count_steps`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: mag: const float *; n: int; high: float; low: float
 * Outputs: int 1 on a crossing
 * Behaviour: a pedometer MCU gets n filtered acceleration magnitudes in mag. Implement int count_steps(const float *mag, int n, float high, float low) that counts steps with hysteresis: the counter starts disarmed, a sample below low arms it, and a sample above high while armed counts one step and disarms it. Return the number of steps.
 * Constraints: integer only
 * Libraries: stdint.h
 */
int count_steps(const float *mag, int n, float high, float low)
{
    /* gpiot: entry */
}

#if

0

/* gpiot: best attempt */



#define STEP_THR 1210000u

#define MIN_GAP 25

/* count_steps: count steps. An upward crossing of STEP_THR (1210000u)
   by the acceleration magnitude is a step if it comes at least MIN_GAP samples
   (250 ms at 100 Hz) after the last counted step. */

int

count_steps(const float *mag, int n, float high, float low)

{

if (n == 0) {
        return 0;
    }

int steps = 0;

size_t last = 0;

uint32_t prev = mag_sq_mg(mag[0], mag[1], mag[2]);

for

(

size_t i = 1;

i < n

;

i++

)

{

uint32_t cur = mag_sq_mg(mag[3 * i], mag[3 * i + 1], mag[3 * i + 2]);

if (crossed_up(prev, cur, STEP_THR) && (steps == 0 || i - last >= MIN_GAP)) {
            steps++;
            last = i;
        }

prev = mag_sq_mg(mag[3 * i], mag[3 * i + 1], mag[3 * i + 2]);

if (crossed_up(prev, cur, STEP_THR) && (steps == 0 || i - last >= MIN_GAP)) {
            steps++;
            last = i;
        }

prev = mag_sq_mg(mag[3 * i], mag[3 * i + 1], mag[3 * i + 2]);

if (crossed_up(prev, cur, STEP_THR) && (steps == 0 || i - last >= MIN_GAP)) {
            steps++;
            last = i;
        }

prev = mag_sq_mg(mag[3 * i], mag[3 * i + 1], mag[3 * i + 2]);

if

(

crossed_up(prev, cur, STEP_THR)

&&

(

steps == 0 || i - last

#endif
