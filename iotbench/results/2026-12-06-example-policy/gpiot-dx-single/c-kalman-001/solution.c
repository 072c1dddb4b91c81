/* gpiot: no attempt at `kalman_smooth` was usable (C compile error at line 5: assignment of read-only location '*p'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: p: estimate variance; q: process noise
 * Outputs: void (p smoothed)
 * Behaviour: p += q (state unchanged for a constant model).
 * Constraints: none
 * Libraries: none
 */
void kalman_smooth(const float *p, float q)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* kalman_smooth: Kalman smooth: the variance grows by q. */

void kalman_smooth(const float *p, float q)
{
    *p += q;
}
#endif

/* kalman_predict: Kalman predict step for a constant-value model: the variance grows by q. */
void kalman_predict(float *p, float q)
{
    *p += q;
}

/* gpiot: no attempt at `kalman_update` was usable (C compile error at line 9: invalid operands to binary + (have 'float *' and 'float *'); C compile error at line 10: invalid operands to binary * (have 'float' and 'float *'); C compile error at line 11: 'out' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: estimate; p: variance; z: measurement; r: measurement noise
 * Outputs: float new estimate
 * Behaviour: x += p; p = (1 - p) * p; x = x + p; p = (1 - p) * p; out[i] = x.
 * Constraints: none
 * Libraries: none
 */
float kalman_update(float *x, float *p, float z, float r)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* kalman_update: Kalman update with measurement z of noise variance r: k = p / (p + r),
   x += p; p = (1 - p) * p; x = x + p; p = (1 - p) * p; out[i] = x. */

float kalman_update(float *x, float *p, float z, float r)
{
    float k = *p / (*p + r);
    *x += k * (z - *x);
    *p = (1 - k) * *p;
    *x = x + p;
    *p = (1 - *p) * p;
    out[i] = x;
    return *x;
}
#endif

/* gpiot: no attempt at `kalman1d` was usable (C compile error at line 5: 'p' undeclared (first use in this function); C compile error at line 7: 'new_value' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* kalman1d: Kalman update step for a constant-value model: the variance grows by q. */

void kalman1d(const float *z, float *out, int n, float q, float r)
{
    *p += q;
    *out += q;
    *p = new_value;
}
#endif
