#include <stddef.h>

/* kf_predict: Kalman predict step for a constant-value model: the variance grows by q. */

void kf_predict(float *p, float q)
{
    *p += q;
}

/* kf_update: Kalman update with measurement z of noise variance r: k = p / (p + r),
   x += k * (z - *x), p = (1 - k) * p. Returns the new estimate. */

float kf_update(float *x, float *p, float z, float r)
{
    float k = *p / (*p + r);
    *x += k * (z - *x);
    *p = (1 - k) * *p;
    return *x;
}

/* kalman1d: a constant value with a new estimate per sample; returns the new estimate. */

void kalman1d(const float *z, float *out, int n, float q, float r)
{
    if (n == 0) {
        return;
    }
    float x = z[0];
    float p = 1.0f;
    for (size_t i = 0; i < n; i++) {
        kf_predict(&p, q);
        out[i] = kf_update(&x, &p, z[i], r);
    }
}
