#include <math.h>
#include <stddef.h>

/* accel_roll: roll angle in degrees from a static accelerometer sample (g): atan2(ay, az). */
float accel_roll(float ay, float az)
{
    return (float)(atan2(ay, az) * 57.29577951308232);
}

/* comp_gyro: complementary filter step: alpha * (angle + rate * dt) + (1 - alpha) * acc_angle. */
float comp_gyro(float angle, float rate, float acc_angle, float dt, float alpha)
{
    return alpha * (angle + rate * dt) + (1 - alpha) * acc_angle;
}

/* gpiot: no attempt at `complementary_filter` was usable (C compile error at line 14: 'ay' undeclared (first use in this function); did you mean 'a'?; C compile error at line 14: 'az' undeclared (first use in this function); did you mean 'a'?; C compile error at line 16: 'gyro' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: acc_angle: previous estimate (deg); rate: gyro (deg/s); acc_angle: deg; dt: s; alpha
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
#define DT 0.02f

#define ALPHA 0.9f

/* complementary_filter: roll angle (degrees) from gyro rate about x (deg/s) and accelerometer y/z (g):
   start at the accelerometer angle of sample 0, then apply the complementary step with
   DT (1 / 50 Hz) and ALPHA to every sample; angle[i] receives the estimate. */

void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    if (n == 0) {
        return;
    }
    float a = accel_roll(ay[0], az[0]);
    for (size_t i = 0; i < n; i++) {
        a = comp_gyro(a, gyro[i], accel_roll(ay[i], az[i]), DT, ALPHA);
        angle[i] = a;
    }
}
#endif
