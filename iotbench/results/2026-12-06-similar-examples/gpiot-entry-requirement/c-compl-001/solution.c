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

/* gpiot: no attempt at `complementary_filter` was usable (the code does not define `complementary_filter`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: acc_angle: deg; gyro_rate: const float *; out: float *; n: int; dt: s; alpha
 * Outputs: float new angle
 * Behaviour: a drone flight controller fuses accelerometer tilt and gyro rate. Implement void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha) that writes out[0] = acc_angle[0] and, for i >= 1, out[i] = alpha * (out[i-1] + gyro_rate[i] * dt) + (1 - alpha) * acc_angle[i] (angles in degrees, rates in deg/s, dt in s), using no dynamic memory.
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
#endif
