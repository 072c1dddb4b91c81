/* k_predict: Kalman predict step for a constant-value model: the variance grows by q. */
void k_predict(float *p, float q)
{
    *p += q;
}

/* k_update: Kalman update with measurement z of noise variance r: k = p / (p + r),
   x += k * (z - x), p = (1 - k) * p. Returns the new estimate. */
float k_update(float *x, float *p, float z, float r)
{
    float k = *p / (*p + r);
    *x += k * (z - *x);
    *p = (1 - k) * *p;
    return *x;
}

/* gpiot: no attempt at `kalman1d` was usable (C compile error at line 6: 'p' undeclared (first use in this function); C compile error at line 7: 'x' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: z: measurement; out: float *; n: int; q: process noise; r: measurement noise
 * Outputs: float new estimate
 * Behaviour: a pressure sensor node smooths its readings with a scalar Kalman filter. Implement void kalman1d(const float *z, float *out, int n, float q, float r) that starts with x = z[0], P = r and out[0] = x, then for each i >= 1: P = P + q; K = P / (P + r); x = x + K * (z[i] - x); P = (1 - K) * P; out[i] = x.
 * Constraints: none
 * Libraries: none
 */
void kalman1d(const float *z, float *out, int n, float q, float r)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* kalman1d: Kalman update with measurement z of noise variance r: k = p / (p + r),
   x += k * (z - x), p = (1 - k) * p. Returns the new estimate. */

void kalman1d(const float *z, float *out, int n, float q, float r)
{
    float k = *p / (*p + r);
    *z += k * (z - *x);
    *p = (1 - k) * *p;
    return *z;
}
#endif
