#include <stddef.h>

/* gpiot: no attempt at `roll_angle` was usable (`roll_angle` takes 5 parameters where `float roll_angle(float accel_axis, float degrees)` has 2; C compile error at line 14: implicit declaration of function 'accel_roll' [-Werror=implicit-function-declaration]; C compile error at line 16: implicit declaration of function 'roll_step' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
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
#define DT 0.02f

#define ALPHA 0.9f

/* roll_angle: roll angle (degrees) from accelerometer rate about x (deg/s) and accelerometer y/z (g):
   start at the accelerometer angle of sample 0, then apply the complementary step with
   DT (1 / 50 Hz) and ALPHA to every sample; angle[i] receives the estimate. */

void roll_angle(const float *gyro, const float *ay, const float *az, size_t n, float *angle)
{
    if (n == 0) {
        return;
    }
    float a = accel_roll(ay[0], az[0]);
    for (size_t i = 0; i < n; i++) {
        a = roll_step(a, gyro[i], accel_roll(ay[i], az[i]), DT, ALPHA);
        angle[i] = a;
    }
}
#endif

/* comp_filter_step: complementary filter step: alpha * (angle + rate * dt) + (1 - alpha) * acc_angle. */
float comp_filter_step(float angle, float rate, float acc_angle, float dt, float alpha)
{
    return alpha * (angle + rate * dt) + (1 - alpha) * acc_angle;
}

/* gpiot: no attempt at `complementary_filter` was usable (C compile error at line 17: 'angle' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
#define DT 0.005f

#define ALPHA 0.95f

/* complementary_filter: roll angle (degrees) from gyro rate about x (deg/s) and accelerometer y/z (g):
   start at the accelerometer angle of sample 0, then apply the complementary step with
   DT (1 / 200 Hz) and ALPHA to every sample; angle[i] receives the estimate. */

void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    if (n == 0) {
        return;
    }
    float a = roll_angle(acc_angle[0], gyro_rate[0]);
    for (int i = 0; i < n; i++) {
        a = comp_filter_step(a, gyro_rate[i], roll_angle(acc_angle[i], gyro_rate[i]), DT, ALPHA);
        angle[i] = a;
    }
}
#endif
