/* kf_predict: Kalman predict step for a constant-value model: the variance grows by q. */
void kf_predict(float *p, float q)
{
    *p += q;
}

/* kf_update: Kalman update with measurement z of noise variance r: k = p / (p + r),
   x += k * (z - x), p = (1 - k) * p. Returns the new estimate. */
float kf_update(float *x, float *p, float z, float r)
{
    float k = *p / (*p + r);
    *x += k * (z - *x);
    *p = (1 - k) * *p;
    return *x;
}

/* gpiot: no attempt at `kalman1d` was usable (C compile error at line 5: assignment of read-only location '*z'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: p: estimate variance; q: process noise
 * Outputs: float new estimate
 * Behaviour: p += q (state unchanged for a constant model).
 * Constraints: none
 * Libraries: none
 */
void kalman1d(const float *z, float *out, int n, float q, float r)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* kalman1d: Kalman predict step for a constant-value model: the variance grows by q. */

void kalman1d(const float *z, float *out, int n, float q, float r)
{
    *z += q;
}
#endif
