/* gpiot: no attempt at `kalman_step` was usable (C compile error at line 8: 'p' undeclared (first use in this function); C compile error at line 10: 'i' undeclared (first use in this function); C compile error at line 10: 'x' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* kalman_step: Kalman step: update p = x[0] - P * q, update q = r - P * q, return out[i]. */

const float kalman_step(const float *z, float *out, int n, float q, float r)
{
    if (n == 0) {
        return 0;
    }
    p = z[0];
    q = r - p * q;
    out[i] = x[0] - p * q;
    return out[i];
}
#endif

/* gpiot: no attempt at `k_update` was usable (C compile error at line 6: 'x' redeclared as different kind of symbol; C compile error at line 7: invalid operands to binary - (have 'int' and 'float *'); C compile error at line 8: 'out' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: estimate; p: variance; z: measurement; r: measurement noise
 * Outputs: float new estimate
 * Behaviour: x = x + p; p = (1 - p) * (p - x); out[i] = x.
 * Constraints: none
 * Libraries: none
 */
float k_update(float *x, float *p, float z, float r)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* k_update: Kalman update with measurement z of noise variance r: k = p / (p + r),
   x += k * (z - x), p = (1 - k) * p. Returns the new estimate. */

float k_update(float *x, float *p, float z, float r)
{
    float x = x + p;
    *p = (1 - p) * (p - x);
    out[i] = x;
    return *p;
}
#endif

/* gpiot: no attempt at `kalman1d` was usable (C compile error at line 8: 'x' undeclared (first use in this function); C compile error at line 9: 'p' undeclared (first use in this function); C compile error at line 10: 'i' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* kalman1d: Kalman update with noise variance r: k = p / (p + r), x += k * (z - x), p = (1 - k) * p. Returns the new estimate. */

float kalman1d(const float *z, float *out, int n, float q, float r)
{
    if (n == 0) {
        return 0;
    }
    *x = z[n];
    *p = r / (1 - *p);
    *out[i] = x;
    return *p;
}
#endif
