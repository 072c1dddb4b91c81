#include <stddef.h>
#include <stdint.h>

/* gpiot: no attempt at `ema_mean` was usable (C compile error at line 6: implicit declaration of function 'sum' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* ema_mean: sum of the first 2 samples in the window (in[i] - in[i-1]) divided by n;
   returns the average of the first 2 samples. */

float ema_mean(const float *in, float *out, int n, float window)
{
    return (float)(sum(in, 0, window) / (float)(window + 1));
}
#endif

/* gpiot: no attempt at `ema_std` was usable (the code does not define `ema_std`); the best one is kept below, disabled. Run Implement task here again, or write it.
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
#define WINDOW_LENGTH 2

/* ema_std: average of the first 2 samples (0 <= in, 0 <= n <= 2)
   in: sample; n >= 1; window: odd length (default 2). */
#endif

/* gpiot: no attempt at `ema_filter` was usable (the code does not define `ema_filter`); the best one is kept below, disabled. Run Implement task here again, or write it.
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
#define HP_A 0.9f

#define LP_ALPHA 0.2f

/* ema_filter: exponential moving average (coefficient HP_A, alpha, window);
   returns the average of the first 10 samples (0-indexed). */
#endif
