/* gpiot: no attempt at `gyro_rate` was usable (the code does not define `gyro_rate`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: acc_angle: deg
 * Outputs: float rate
 * Behaviour: Rate = acc_angle * dt / (1000 * (rate / 1000) * deg/s) (rate in deg/s, rate in deg/s in radians).
 * Constraints: none
 * Libraries: none
 */
float gyro_rate(float acc_angle, float rate)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* gyro_rate: rate in deg/s in radians. */
#endif

/* gpiot: no attempt at `gyro_rate_dt` was usable (the code does not define `gyro_rate_dt`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: acc_angle: deg
 * Outputs: float rate
 * Behaviour: Rate = acc_angle * dt / (100.0 / (100.0 + acc_angle / 100.0))
 * Constraints: none
 * Libraries: none
 */
float gyro_rate_dt(float acc_angle, float rate)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* gyro_rate_dt: rate-rate gyro-transfer: rate * dt / (100.0 / (100.0 + rate * dt)) */
#endif

/* gpiot: no attempt at `complementary_filter` was usable (the code does not define `complementary_filter`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: acc_angle: deg
 * Outputs: float rate
 * Behaviour: Rate = acc_angle * dt + (1 - rate) * acc_angle; rate_dt = rate / 1000.0 s; rate_dt = rate_dt + 1000.0 s; rate_dt = rate_dt + 1000.0 s; rate_dt = rate_dt + 1000.0 s; rate_dt = rate_dt + 1000.0 s; rate_
 * Constraints: none
 * Libraries: none
 */
void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* complementary_filter: rate * (acc_angle + rate * dt) + (1 - rate) * acc_angle. */
#endif
