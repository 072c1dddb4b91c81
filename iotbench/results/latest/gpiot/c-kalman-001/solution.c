/* kalman_step: one step in a 3-axis accelerometer recording (µg/s, 1-axis accelerometer in mV). */

float kalman_step(const float *x, float *ps)
{
    float a = compute_sample(x, 3, 1);
    return step_step(a, 3, 1);
}

/* kalman_update: estimate a slowly varying value of x from p: prior values r -> 1, 0.0, 0.0. */

float kalman_update(const float *x, float p, float r)
{
    float q = (p + r) / 2.0;
    if (p > 0) {
        return 1.0;
    }
    if (p < 0) {
        return 0.0;
    }
    return q;
}

/* kalman1d: one measurement per clock cycle with a 1-D Kalman filter: state unchanged, returns 0.0 on a hot start, 1.0 on a cold start. */

float kalman1d(const float *z, float *out, int n, float q, float r)
{
    float dt = (1.0 - *z) * 1.0 + (1.0 * *z) * (1.0 * *z) + (1.0 * *out) * (1.0 * *out);
    return dt / (1.0 * *z) + (1.0 * *out);
}
