#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `rr_ms` was usable (C compile error at line 10: 'fs' undeclared (first use in this function); C compile error at line 12: 'count' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* rr_ms: RR intervals in ms between consecutive peak indices at fs Hz:
   (idx[i] - idx[i-1]) * 1000 / fs. Returns count - 1 (0 if count < 2). */

int rr_ms(const uint16_t *rr_ms, int n)
{
    if (n < 2) {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        rr_ms[i - 1] = (float)((double)(rr_ms[i] - rr_ms[i - 1]) * 1000.0 / fs);
    }
    return count - 1;
}
#endif

/* rounded_to_nearest: Round the first (nearest) integer between 0 and n. */
int32_t rounded_to_nearest(const uint16_t *rr_ms, int n)
{
    return (int32_t)(rr_ms[n - 1] - rr_ms[n - 1 - n]) * 1000.0 / n;
}

/* bpm_from_rr: bpm from the RR interval (ms) between consecutive peak indices at fs Hz:
   (rr_ms[i] - rr_ms[i-1]) * 1000 / fs. Returns the count (0 if n < 300 ms). */
int bpm_from_rr(const uint16_t *rr_ms, int n)
{
    int32_t rr = 0;
    for (int i = 0; i < n; i++) {
        rr = 60 * (rr_ms[i] - rr_ms[i-1]);
    }
    return (int32_t)rr;
}
