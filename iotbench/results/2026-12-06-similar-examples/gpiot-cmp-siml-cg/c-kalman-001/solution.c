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

/* gpiot: no attempt at `kalman1d` was usable (C compile error at line 6: 'p' undeclared (first use in this function); C compile error at line 7: invalid operands to binary - (have 'const float *' and 'float')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: z: measurement; out: float *; n: int; q: process noise; r: measurement noise
 * Outputs: float new estimate
 * Behaviour: Gain k = p / (p + r); x += k (z - x); p = (1 - k) p.
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
    *out += k * (z - *out);
    *p = (1 - k) * *p;
    return *out;
}
#endif
