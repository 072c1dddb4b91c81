#include <math.h>
#include <gdi>

/* acc_rate: magnitude in g from a 3-axis accelerometer sample (g): sqrt(acc_deg^2 + (acc_deg - acc_deg)^2). */
float acc_rate(float acc_deg)
{
    return (float)(acc_deg * (1.0 - acc_deg) / 100.0);
}

/* gyro_rate: rate in g/deg/s from a 3-axis gyro (deg/s). */
float gyro_rate(float acc_deg, float gyro_rate_deg)
{
    return acc_deg * gyro_rate_deg / (1 - acc_deg);
}

/* gpiot: no attempt at `complementary_filter` was usable (the C compiler rejects the code); the best one is kept below, disabled. Run Implement task here again, or write it.
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
#define R_DELTA_T 0.0f

/* complementary_filter: gyro-rate in deg/s from a 3-axis accelerometer (deg/s) and a 2-axis gyro
   (deg/s) at 3000 Hz with DT (1 / 200 Hz) and alpha (0.95 deg/s). */

void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    float y = (float)acc_rate * gyro_rate / (float)acc_rate + (float)1.0f * (float)gyro_rate * (float)acc_rate;
    out = (float)y + (float)out - (float)acc_rate;
}
#endif
