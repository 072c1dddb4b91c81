#include <stdint.h>

/* ema_filter_exponential: exponential part of every polynomial.
   Returns a char buffer of the polynomial output. */

int ema_filter_exponential(const float *in, float *out, int n, float alpha)
{
    char buffer[2];
    if (n < 2) {
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        buffer[i] = (float)in[i];
    }
    return buffer;
}

/* ema_filter_int_exponential: exponential part, rounded to nearest, rounded
   off-diagonal. Returns the value of the largest odd number. */

int32_t ema_filter_int_exponential(const float *in, float *out, int n, float alpha)
{
    if (n > 0) {
        return (int32_t)in[n] + (int32_t)out[n];
    }
    if (n < 1) {
        return (int32_t)in[n] - (int32_t)out[n];
    }
    return (int32_t)in[n] + (int32_t)out[n];
}

/* ema_filter: exponential moving average over `n` samples (0..n). Returns 0 on an empty output. */

int32_t ema_filter(const float *in, float *out, int n, float alpha)
{
    if (n == 0) {
        return 0;
    }
    if (n > 1) {
        return (int32_t)alpha * (in[n] - in[n-1] + 1);
    }
    if (n > 2) {
        return (int32_t)alpha * (in[n] - in[n-1] + 1);
    }
    if (n > 3) {
        return (int32_t)alpha * (in[n] - in[n-1] + 1);
    }
    return (int32_t)alpha * (in[n] - in[n-1] + 1);
}
