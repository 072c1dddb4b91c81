/* ema_filter_exponential: exponential moving average over n floats. Returns (0, 1). */

float ema_filter_exponential(const float *in, float *out, int n, float alpha)
{
    float mean = (float)(in[0] - in[0]);
    return (0.5 * mean + alpha * mean + 2 * mean * mean);
}

/* gpiot: this code has problems (the code does not define `ema_filter_moving_average`); review it before use. */

/* ema_filter_moving_average: moving average over `n` samples (0, 1). Returns 0.0 for an empty input. */

/* ema_filter: exponential moving average over `n` samples (0.0, 0.0). Returns the same value as the last sample. */

void ema_filter(const float *in, float *out, int n, float alpha)
{
    float y = (float)in[0];
    if (n >= 1) {
        y = (float)in[n];
    }
    if (n > 0) {
        y = (float)in[n];
    }
    if (n > 1) {
        y = (float)in[n];
    }
    return y;
}
