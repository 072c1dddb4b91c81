#include <stddef.h>

/* gpiot: no attempt at `roll_angle` was usable (the code does not define `roll_angle`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: accelerometer axes in g
 * Outputs: float degrees
 * Behaviour: alpha * (angle + rate * dt) + (1 - alpha) * acc_angle.
 * Constraints: none
 * Libraries: none
 */
float roll_angle(float accelerometer axes in g)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* roll_angle: complementary filter step: alpha * (angle + rate * dt) + (1 - alpha) * acc_angle. */
#endif

/* comp_filter_step: complementary filter step: alpha * (angle + rate * dt) + (1 - alpha) * acc_angle. */
float comp_filter_step(float angle, float rate, float acc_angle, float dt, float alpha)
{
    return alpha * (angle + rate * dt) + (1 - alpha) * acc_angle;
}

/* gpiot: no attempt at `complementary_filter` was usable (the code does not define `complementary_filter`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: accelerometer axes in g
 * Outputs: float new angle
 * Behaviour: alpha * (angle + rate * dt) + (1 - alpha) * acc_angle.
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

/* complementary_filter: accelerometer axes in g (degrees) from accelerometer rate about x (deg/s) and accelerometer y/z (g):
   start at the accelerometer angle of sample 0, then apply the complementary step with
   DT (1 / 200 Hz) and ALPHA to every sample; angle[i] receives the estimate. */
#endif
