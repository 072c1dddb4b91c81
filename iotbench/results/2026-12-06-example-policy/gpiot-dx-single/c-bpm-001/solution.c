#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `heart_rate_from_rr_ms` was usable (C compile error at line 11: 'heart_rate' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: rr: milliseconds; n: interval
 * Outputs: uint16_t heart rate
 * Behaviour: Convert the interval to milliseconds.
 * Constraints: none
 * Libraries: stdint.h
 */
uint16_t heart_rate_from_rr_ms(const uint16_t *rr_ms, int n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* heart_rate_from_rr_ms: Heart rate from RR intervals in ms between consecutive
   peak indices at fs Hz: (idx[i] - idx[i-1]) * 1000 / fs. Returns heart rate
   - 1 (0 if count < 2). */

uint16_t heart_rate_from_rr_ms(const uint16_t *rr_ms, int n)
{
    if (n < 2) {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        heart_rate = (float)(double)(rr_ms[i - 1] - rr_ms[i - 1]);
    }
    return heart_rate - 1;
}
#endif

/* heart_rate_from_rr_ms_to_ms: Heart rate from an RR interval in ms between successive
   * rr peaks at an interval of n Hz: (R: red; m: milliseconds). */
uint16_t heart_rate_from_rr_ms_to_ms(const uint16_t *rr_ms, int n)
{
    return (float)(double)(uint16_t)(rr_ms[n - 1] - rr_ms[n - 2]) / 1000.0;
}

/* bpm_from_rr: bpm from the mean RR interval (ms/h) for the whole RR interval (N *
    *n). Rounded to the nearest integer. */
int bpm_from_rr(const uint16_t *rr_ms, int n)
{
    if (n == 0) {
        return 0;
    }
    return (uint16_t) heart_rate_from_rr_ms_to_ms(rr_ms, n);
}
