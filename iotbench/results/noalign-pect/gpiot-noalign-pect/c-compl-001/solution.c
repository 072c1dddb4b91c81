/* gpiot: no attempt at `gyro_rate_step` was usable (the code does not define `gyro_rate_step`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: gyro_rate: previous estimate (deg); rate: gyro_rate, float acc_angle: deg; dt: s; alpha
 * Outputs: float new angle
 * Behaviour: alpha * (gyro_rate + rate * dt) + (1 - alpha) * acc_angle.
 * Constraints: none
 * Libraries: none
 */
float gyro_rate_step(float gyro_rate: previous estimate, float rate: gyro_rate, float acc_angle, float dt, float alpha)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* gyro_rate_step: complementary filter step: alpha * (gyro_rate + rate * dt) + (1 - alpha) * acc_angle. */
#endif

/* comp_filter_step: complementary filter step: alpha * (gyro_rate + rate * dt) + (1 - alpha) * acc_angle. */
float comp_filter_step(float gyro_rate, float rate, float acc_angle, float dt, float alpha)
{
    return alpha * (gyro_rate + rate * dt) + (1 - alpha) * acc_angle;
}

/* gpiot: no attempt at `complementary_filter` was usable (the code does not define `complementary_filter`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: gyro_rate: previous estimate (deg); rate: gyro (deg/s); acc_angle: deg; dt: s; alpha
 * Outputs: float new angle
 * Behaviour: alpha * (gyro_rate + rate * dt) + (1 - alpha) * acc_angle.
 * Constraints: none
 * Libraries: none
 */
void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* comp_filter_step: complementary filter step: alpha * (gyro_rate + rate * dt) + (1 - alpha) * acc_angle. */

float comp_filter_step(float gyro_rate, float rate, float acc_angle, float dt, float alpha)
{
    return alpha * (gyro_rate + rate * dt) + (1 - alpha) * acc_angle;
}
#endif
