/* gpiot: no attempt at `kalman_step` was usable (C compile error at line 5: 'x' undeclared (first use in this function); C compile error at line 6: 'P' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: p: estimate variance; q: process noise
 * Outputs: void (p updated)
 * Behaviour: x = z[0], P = r, out[0] = x, return out[i];
 * Constraints: none
 * Libraries: none
 */
void kalman_step(const float *z, float *out, int n, float q, float r)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* kalman_step: Kalman step: update the first column of the Kalman output (p, q, r). */

void kalman_step(const float *z, float *out, int n, float q, float r)
{
    x[0] = z[0];
    P = r;
    out[0] = x[0];
    return out[0];
}
#endif

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
 * Behaviour: x = z[0]; P = r / (1 - P); out[i] = x; return new estimate(p, q);
 * Constraints: none
 * Libraries: none
 */
void kalman1d(const float *z, float *out, int n, float q, float r)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* kalman1d: Kalman update with measurement z of noise variance r: k_update = p / (p + r),
   x += k_update * (z - x), p = (1 - k_update) * p. Returns the new estimate. */

float kalman1d(const float *z, float *out, int n, float q, float r)
{
    float k_update = *p / (p + r);
    *x += k_update * (z - x);
    *p = (1 - k_update) * *p;
    return *x;
}
#endif
