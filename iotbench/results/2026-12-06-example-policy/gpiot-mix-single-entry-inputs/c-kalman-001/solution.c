#include <stddef.h>

/* kalman_predict: Kalman predict step for a constant-value model: the variance grows by q. */
void kalman_predict(float *p, float q)
{
    *p += q;
}

/* kalman_update: Kalman update with measurement z of noise variance r: k = p / (p + r),
   x += k * (z - x), p = (1 - k) * p. Returns the new estimate. */
float kalman_update(float *x, float *p, float z, float r)
{
    float k = *p / (*p + r);
    *x += k * (z - *x);
    *p = (1 - k) * *p;
    return *x;
}

/* gpiot: no attempt at `kalman1d` was usable (C compile error at line 17: passing argument 1 of 'kalman_predict' from incompatible pointer type [-Werror=incompatible-pointer-types]; C compile error at line 18: passing argument 1 of 'kalman_update' from incompatible pointer type [-Werror=incompatible-pointer-types]; C compile error at line 18: passing argument 2 of 'kalman_update' from incompatible pointer type [-Werror=incompatible-pointer-types]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: z: measurement; out: float *; n: int; q: process noise; r: measurement noise
 * Outputs: float new estimate
 * Behaviour: P = q / (p + r); x = x + P * (z[i] - x); p = (1 - P) * (p + r); out[i] = x.
 * Constraints: none
 * Libraries: none
 */
void kalman1d(const float *z, float *out, int n, float q, float r)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define KF_Q 0.01

#define KF_R 0.5

/* kalman1d: Kalman filter for a slowly varying value: x starts at z[0] and the variance at
   1.0; every sample runs predict (KF_Q) then update with z[i] (KF_R); out[i] = new
   estimate. */

void kalman1d(const float *z, float *out, int n, float q, float r)
{
    if (n == 0) {
        return;
    }
    double x = z[0];
    double p = 1.0;
    for (size_t i = 0; i < n; i++) {
        kalman_predict(&p, KF_Q);
        out[i] = kalman_update(&x, &p, z[i], KF_R);
    }
}
#endif
