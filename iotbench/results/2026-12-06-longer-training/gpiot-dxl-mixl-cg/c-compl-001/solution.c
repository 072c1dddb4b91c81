#include <math.h>
#include <stddef.h>

/* gpiot: no attempt at `acc_rate` was usable (C compile error at line 5: invalid operands to binary ^ (have 'float' and 'float')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: acc_deg: degrees
 * Outputs: float magnitude in g
 * Behaviour: Magnitude in g = sqrt(acc_deg^2 + (acc_deg - acc_deg)^2) / 100.
 * Constraints: none
 * Libraries: math
 */
float acc_rate(float acc_deg)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* acc_rate: magnitude in g (degrees) from a GPIoT accelerometer sample (g): sqrt(acc_deg^2 + (acc_deg - acc_deg)^2). */

float acc_rate(float acc_deg)
{
    return (float)(sqrt(acc_deg^2 + (acc_deg - acc_deg)^2) / 100.0);
}
#endif

/* gpiot: no attempt at `gyro_rate` was usable (C compile error at line 5: 'acc_rate_deg' undeclared (first use in this function); did you mean 'gyro_rate_deg'?; C compile error at line 5: 'dt' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: acc_deg: degrees; gyro_rate_deg: deg/s; dt: s
 * Outputs: float y-axis rate in g/deg/s
 * Behaviour: y = acc_deg * gyro_rate_deg / dt; y = 1 / (1 - y) (gyro_rate * dt) for 0 deg.
 * Constraints: none
 * Libraries: none
 */
float gyro_rate(float acc_deg, float gyro_rate_deg)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* gyro_rate: rate in g/deg/s; dt: s; y-axis rate in g/deg/s. */

float gyro_rate(float acc_deg, float gyro_rate_deg)
{
    return acc_rate_deg * gyro_rate_deg / dt;
}
#endif

/* gpiot: no attempt at `complementary_filter` was usable (missing `}` at line 10); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: acc_angle: const float *; gyro_rate: deg/s; out: float *; n: int; dt: s; alpha
 * Outputs: float y-axis rate in g/deg/s
 * Behaviour: acc_rate = acc_rate * gyro_rate / (acc_rate + 1) (gyro_rate in deg/s); out = out + (out - acc_rate) / 2 (out in degrees); return out.
 * Constraints: none
 * Libraries: none
 */
void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define ACC_RATE 0.005f

#define GGY_RATE 0.95f

/* complementary_filter: roll angle (degrees) from gyro rate about x (deg/s) and accelerometer y/z (g):
   start at the accelerometer angle of sample 0, then apply the complementary step with
   DT (1 / 200 Hz) and ALPHA to every sample; angle[i] receives the estimate. */

void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
#endif
