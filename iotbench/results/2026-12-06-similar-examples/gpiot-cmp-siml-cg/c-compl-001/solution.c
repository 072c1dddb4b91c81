#include <none.h>
#include <stddef.h>

/* gpiot: no attempt at `roll_angle` was usable (the C compiler rejects the code); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: accelerometer axes in g
 * Outputs: float degrees
 * Behaviour: alpha * (acc_axis + rate * dt) + (1 - alpha) * accel_axis
 * Constraints: none
 * Libraries: none
 */
float roll_angle(float accel_axis, float degrees)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
#define DT 0.0f

#define ALPHA 0.9f

/* roll_angle: angle from accelerometer to gyro (degrees). */

float roll_angle(float accel_axis, float degrees)
{
    if (n == 0) {
        return 0;
    }
    float a = accel_axis + rate * dt;
    for (size_t i = 0; i < n; i++) {
        a = accel_axis;
    }
    return a;
}
#endif

/* comp_filter_step: complementary filter step: alpha * (angle + rate * dt) + (1 - alpha) * acc_angle. */
float comp_filter_step(float angle, float rate, float acc_angle, float dt, float alpha)
{
    return alpha * (angle + rate * dt) + (1 - alpha) * acc_angle;
}

/* gpiot: no attempt at `complementary_filter` was usable (the C compiler rejects the code); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: acc_angle: deg; gyro_rate: const float *; out: float *; n: int; dt: s; alpha
 * Outputs: float new angle
 * Behaviour: alpha * (acc_angle + rate * dt) + (1 - alpha) * acc_angle.
 * Constraints: none
 * Libraries: none
 */
void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define DT 0.0f

#define ALPHA 0.95f

/* complementary_filter: roll angle (degrees) from gyro rate about x (deg/s) and accelerometer y/z (g):
   start at the accelerometer angle of sample 0, then apply the complementary step with
   DT (1 / 200 Hz) and ALPHA to every sample; angle[i] receives the estimate. */

void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    if (n == 0) {
        return;
    }
    float a = roll_angle(acc_angle + rate * dt) + (1 - alpha);
    for (int i = 0; i < n; i++) {
        a = comp_filter_step(a, gyro_rate[i], roll_angle(a, out[i], alpha));
        angle[i] = a;
    }
}
#endif
