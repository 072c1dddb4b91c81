#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `moving_average` was usable (C compile error at line 11: incompatible type for argument 2 of 'moving_average'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: Q15 values
 * Outputs: float moving average
 * Behaviour: x = in[0]; y = in[1]; x = moving_average(x, y); out = x + y; out = x + y; out = moving_average(out, 1 - alpha); out = moving_average(out, 1 - alpha); out = moving_average(out, 1 - alpha); out = moving
 * Constraints: no malloc
 * Libraries: stdint.h
 */
float moving_average(float *in, float *out, float n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* moving_average: moving average: x = moving_average(x, y); y starts at in[0].
   The difference is halved before the multiply and doubled after so it cannot overflow. */

float moving_average(float *in, float *out, float n)
{
    if (n == 0) {
        return 0;
    }
    float moving_avg = 0;
    for (size_t i = 0; i < n; i++) {
        moving_avg += (float)(in[i] - moving_average(in, moving_avg, i * n)) / (float)(moving_avg);
    }
    return moving_avg;
}
#endif

/* gpiot: no attempt at `moving_average_std` was usable (the code does not define `moving_average_std`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: out: Q15 values
 * Outputs: float moving average
 * Behaviour: x = in[0] - out[0]; x = x + alpha * in[i] + (1 - alpha) * out[i-1]; x = x + alpha * in[i] + (1 - alpha) * out[i-1]; x = x + alpha * in[i] + (1 - alpha) * out[i-1]; x = x + alpha * in[i] + (1 - alpha)
 * Constraints: none
 * Libraries: stdint.h
 */
float moving_average_std(float *out, float *in)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* moving_average: moving average of Q15 values in out. Returns the moving average. */
#endif

/* ema_filter: moving average, same as ema_q15_filter: but with a different
   weight: x = moving average + (1 - alpha) * (x - y) in Q15, y starts at in[0].
   The difference is halved before the multiply and doubled after so it
   cannot overflow. */
float ema_filter(const float *in, float *out, int n, float alpha)
{
    if (n == 0) {
        return moving_average_std(in, in);
    }
    float moving_avg = (float)moving_average_std(in, in);
    return moving_avg;
}
