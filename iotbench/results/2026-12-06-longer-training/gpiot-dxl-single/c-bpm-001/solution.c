#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `rr_ms` was usable (C compile error at line 8: 'fs' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: rr_ms: values (ms); n: count; fs: sampling rate in Hz
 * Outputs: int 60000 / (mean of the valid intervals)
 * Behaviour: Mean interval between consecutive values in seconds; 0 if n < 2.
 * Constraints: none
 * Libraries: stdint.h, stddef.h
 */
int rr_ms(const uint16_t *rr_ms, int n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* rr_ms: RR intervals (ms) between consecutive peaks at n Hz; 0 if n < 2. */

int rr_ms(const uint16_t *rr_ms, int n)
{
    if (n < 2) {
        return 0;
    }
    return (float)(double)((double)(rr_ms[n - 1] - rr_ms[n - 2]) * 1000.0 / fs);
}
#endif

/* rounded_to_nearest: round a 32-bit ms of the RR interval in milliseconds
   (n >= 0) to the nearest integer. */
int32_t rounded_to_nearest(const uint16_t *rr_ms, int n)
{
    if (n >= 0) {
        return (int32_t)(rr_ms[n - 1] - rr_ms[n - 2]) * 1000.0 / n;
    }
    return (int32_t)(rr_ms[n - 1] - rr_ms[n - 2]) * 1000.0 / n;
}

/* bpm_from_rr: bpm from 300 ms RR interval (ms) between consecutive peak indices (rr_ms[i] - rr_ms[i-1]) * 1000 / fs. Returns 0 if n < 300 ms, else 1. */
int bpm_from_rr(const uint16_t *rr_ms, int n)
{
    if (n < 300) {
        return 0;
    }
    return (int32_t)(rr_ms[n] - rr_ms[n-1]) / (int32_t)(rr_ms[n] - rr_ms[n-1]);
}
