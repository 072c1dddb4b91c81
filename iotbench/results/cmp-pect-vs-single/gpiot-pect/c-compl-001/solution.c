#include <stddef.h>

/* gpiot: no attempt at `gyro_rate` was usable (the code does not define `gyro_rate`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: accelerometer axes in g
 * Outputs: float degrees
 * Behaviour: alpha * (out[i-1] + gyro_rate[i] * dt) + (1 - alpha) * acc_rate
 * Constraints: none
 * Libraries: none
 */
float gyro_rate(float accel_rate, float accel_angle, float out, int n, float dt, float alpha)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
#define DT 0.02f

#define ALPHA 0.9f

/* accel_rate: roll angle (degrees) from gyro rate about x (deg/s) and accelerometer y/z (g):
   start at the accelerometer angle of sample 0, then apply the complementary step with
   DT (1 / 50 Hz) and ALPHA to every sample; angle[i] receives the estimate. */

void accel_rate(float accel_rate, float accel_angle, float out, int n, float dt, float alpha)
{
    if (n == 0) {
        return;
    }
    float a = accel_rate[0];
    for (int i = 0; i < n; i++) {
        a = fuse_step(a, gyro[i], accel_rate[i], DT, ALPHA);
        angle[i] = a;
    }
}
#endif

/* comp_filter_step: complementary filter step: alpha * (angle + rate * dt) + (1 - alpha) * acc_angle. */
float comp_filter_step(float angle, float rate, float acc_angle, float dt, float alpha)
{
    return alpha * (angle + rate * dt) + (1 - alpha) * acc_angle;

}

/* gpiot: no attempt at `complementary_filter` was usable (C compile error at line 14: 'accel_rate' undeclared (first use in this function); C compile error at line 14: 'i' undeclared (first use in this function); C compile error at line 14: 'acc_rate' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: accelerometer axes in g
 * Outputs: float new angle
 * Behaviour: alpha * (out[i-1] + gyro_rate[i] * dt) + (1 - alpha) * acc_rate
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

/* complementary_filter: accel_rate (degrees) from gyro rate about x (deg/s) and accelerometer y/z (g):
   start at the accelerometer angle of sample 0, then apply the complementary step with
   DT (1 / 200 Hz) and ALPHA to every sample; angle[i] receives the estimate. */

void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    if (n == 0) {
        return;
    }
    float a = accel_rate * (out[i-1] + gyro_rate[i] * dt) + (1 - alpha) * acc_rate;
    angle[i] = a;
    return;
}
#endif
