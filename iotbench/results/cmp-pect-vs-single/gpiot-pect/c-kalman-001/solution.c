/* kf_predict: Kalman predict step for a constant-value model: the variance grows by q. */
void kf_predict(float *p, float q)
{
    *p += q;
}

/* gpiot: no attempt at `kalman_update` was usable (syntax error at line 1; the code does not define `kalman_update`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: estimate; p: variance; z: measurement; r: measurement noise
 * Outputs: float new estimate
 * Behaviour: Gain k = p / (p + r); x += k (z - x); p = (1 - k) * (z[i] - x); P = (1 - k) * (z[i] + r); K = P / (P + r); x = x + K * (z[i] - x); P = (1 - K) * (z[i] + r); out[i] = x. P = (1 - K) * P; out[i] = x + K
 * Constraints: none
 * Libraries: none
 */
float kalman_update(float *x, float *p, float z, float r)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* kalman_update:

Kalman update

with measurement

z of

noise variance

r: k = p / (p + r),
   x += k * (z - x), p = (1 - k) * (z[i] - x);

P = (1 - k) * (z[i] + r);

K = P / (P + r);

x = x + K * (z[i] - x);

P = (1 - K) * (z[i] + r);

out[i] = x. P = (1 - K) * P;

out[i] = x + K", "constraints": "none", "libraries": "none"}
#endif

/* gpiot: no attempt at `kalman1d` was usable (C compile error at line 5: 'p' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
    *p += q;
}
#endif
