/* acc_rate: deg; dt: s; alpha: rate in deg/s. */
float acc_rate(float acc_angle, float dt, float alpha)
{
    return dt * (acc_angle + alpha) / dt;
}

/* gyro_rate: acc_rate in deg/s; dt: s; alpha: rate in deg/s. */
float gyro_rate(float acc_angle, float dt, float alpha)
{
    return dt * (acc_angle + alpha) / dt;
}

/* gyro_rate_step: gyro * acc_angle + (1 - gyro * dt) * acc_angle */
float gyro_rate_step(float acc_angle, float dt, float alpha)
{
    if (acc_angle > 0 && dt > 0) {
        return (float)acc_angle;
    }
    return (float)acc_angle + dt * (float)(acc_angle - dt * acc_angle);
}

/* gpiot: no attempt at `complementary_filter` was usable (C compile error at line 9: 'gyro_rate' redeclared as different kind of symbol; C compile error at line 10: 'i' undeclared (first use in this function); C compile error at line 10: too many arguments to function 'gyro_rate_step'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: acc_angle: deg; gyro_rate: const float *; out: float *; n: int; dt: s; alpha
 * Outputs: float new angle
 * Behaviour: acc_rate * (gyro_rate[i] + out[i] * dt) + (1 - acc_rate) * gyro_rate_step(acc_rate, dt, out[i], n, alpha);
 * Constraints: none
 * Libraries: none
 */
void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* complementary_filter: acc_rate * gyro_rate + (1 - acc_rate) * gyro_rate_step(acc_rate, dt, out[i], n, alpha); */

float complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    if (n == 0) {
        return 0;
    }
    float acc_rate = acc_rate * gyro_rate[n];
    float gyro_rate = gyro_rate * acc_rate;
    return acc_rate * gyro_rate + gyro_rate_step(acc_rate, dt, out[i], n, alpha);
}
#endif
