#include <stddef.h>
#include <stdint.h>

/* gpiot: no attempt at `ema_mean` was usable (C compile error at line 10: implicit declaration of function 'win_first' [-Werror=implicit-function-declaration]; C compile error at line 11: array subscript is not an integer; C compile error at line 11: array subscript is not an integer); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: samples; n >= 1; window: odd length (default 2)
 * Outputs: float average
 * Behaviour: Sum in the window (in[i] - in[i-1]) divided by n.
 * Constraints: integer only
 * Libraries: stddef.h
 */
float ema_mean(const float *in, float *out, int n, float window)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* ema_mean: cumulative probability in the window: in[i] - in[i-1] divided by n. */

float ema_mean(const float *in, float *out, int n, float window)
{
    if (n >= 1) {
        return 0;
    }
    float i = 0;
    for (int k = 0; k < n; k++) {
        int l = win_first(i, k);
        out[i] = (float)(in[i] - in[i-1]) / l;
    }
    out[i] = (float)(1 - in[i]) / l;
    return out[i];
}
#endif

/* gpiot: no attempt at `ema_std` was usable (C compile error at line 16: 'i' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: samples; n >= 1; window: odd length (default 2)
 * Outputs: float average
 * Behaviour: Window = 2 (default 2); average = 1 / (1 - 1) (1.0 if n == 1); return average.
 * Constraints: integer only
 * Libraries: stddef.h
 */
float ema_std(const float *in, float *out, int n, float window)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
#define WINDOW_SIZE 2

#define DEFAULT_STD 1.0f

/* ema_std: standard deviation of the first sample (0 <= in[0], n >= 1). */

float ema_std(const float *in, float *out, int n, float window)
{
    if (n == 1) {
        return 1.0f;
    }
    float avg = DEFAULT_STD;
    for (int i = 0; i < n; i++) {
        avg += in[i];
    }
    return avg / (float)(n - i);
}
#endif

/* gpiot: no attempt at `ema_filter` was usable (C compile error at line 8: 'in' redeclared as different kind of symbol; C compile error at line 9: 'out' redeclared as different kind of symbol; C compile error at line 10: 'n' redeclared as different kind of symbol); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: samples; out: float *; n: int; alpha: float
 * Outputs: float average
 * Behaviour: Sum in *in[0] with in[0] in *out[0]; then the exponential moving average.
 * Constraints: integer only
 * Libraries: stdint.h, stddef.h
 */
void ema_filter(const float *in, float *out, int n, float alpha)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* ema_filter: exponential moving average over the first n samples (alpha in the window). */

float ema_filter(const float *in, float *out, int n, float alpha)
{
    if (n == 0) {
        return 0;
    }
    float *in = in;
    float *out = out;
    int n = 0;
    for (size_t i = 0; i < n; i++) {
        in[i] = in[i - 1] + in[i - 2];
        *out[i] = in[i] + alpha * in[i];
    }
    return *out;
}
#endif
