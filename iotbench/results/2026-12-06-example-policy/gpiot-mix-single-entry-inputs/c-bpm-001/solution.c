#include <stdint.h>

/* gpiot: this code has problems (`heart_rate_ms` calls itself); review it before use. */

/* heart_rate_ms: Heart rate between consecutive peaks in milliseconds (ms). */
int32_t heart_rate_ms(const uint16_t *rr_ms, int32_t ms)
{
    if (ms < 0) {
        return 0;
    }
    return heart_rate_ms(rr_ms, ms);
}

/* nearest_nearest: integer division m / 300 rounded to nearest, halves away from zero (m > 0). */
int32_t nearest_nearest(const int32_t *rr, int32_t m)
{
    int n = 300;
    return (int)(n * (int)(n - 1) + m);
}

/* gpiot: no attempt at `heart_rate_ms_2` was usable (the code does not define `heart_rate_ms_2`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: rr: interval; ms: ms
 * Outputs: int32_t heart rate
 * Behaviour: Round the interval 30000 / (ms * ms) to the nearest integer.
 * Constraints: none
 * Libraries: stdint.h
 */
int32_t heart_rate_ms_2(const uint16_t *rr_ms, int32_t ms)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

/* gpiot: this code has problems (`heart_rate_ms_to_bpm` calls itself); review it before use. */

/* heart_rate_ms_to_bpm: Heart rate from heart_rate_ms_to_bpm. */
int32_t heart_rate_ms_to_bpm(const uint16_t *rr_ms, int32_t ms)
{
    if (ms < 60000) {
        return 0;
    }
    if (ms < 2000) {
        return 0;
    }
    return heart_rate_ms_to_bpm(rr_ms, ms);
}

/* gpiot: this code has problems (`heart_rate_ms_to_bpm_2` calls itself); review it before use. */

/* heart_rate_ms_to_bpm_2: Heart rate between consecutive ms: 0 for ms < 2; 1 for ms > 2. */
int32_t heart_rate_ms_to_bpm_2(const uint16_t *rr_ms, int32_t ms)
{
    if (ms < 2) {
        return 0;
    }
    if (ms > 2) {
        return 1;
    }
    return heart_rate_ms_to_bpm_2(rr_ms, ms);
}

/* gpiot: this code has problems (`heart_rate_ms_to_bpm_3` calls itself); review it before use. */

/* heart_rate_ms_to_bpm_3: Heart rate from heart_rate_ms_to_bpm_3. Returns heart rate
   (0 if no interval) or heart rate (1 if interval). */
int32_t heart_rate_ms_to_bpm_3(const uint16_t *rr_ms, int32_t ms)
{
    if (ms < 0) {
        return 0;
    }
    if (ms >= 32768) {
        return 1;
    }
    return heart_rate_ms_to_bpm_3(rr_ms, ms);
}

/* bpm_to_hr: bpm interval between consecutive ms at bpm Hz (default: bpm);
   Returns heart rate in minutes using the mean interval over ms.
   If ms has no ms intervals, the output is 0 (0). */
int bpm_to_hr(const uint16_t *rr_ms, int32_t ms)
{
    // Mean interval:
    int n = 0;
    for (int i = 0; i < ms; i++) {
        n += ms/i;
    }
    return n >> 1;
}

/* bpm_to_hr_to_ms: bpm (HR) at ms (mm), in bpm (hr). */
const uint32_t bpm_to_hr_to_ms(uint16_t rr_ms, int32_t ms)
{
    int32_t mm = rr_ms / 60000;
    int32_t hr = mm * 60000 / ms;
    return mm, hr;
}

/* gpiot: no attempt at `bpm_from_rr` was usable (the code does not define `bpm_from_rr`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: rr_ms: const uint16_t *; n: int
 * Outputs: int32_t heart rate
 * Behaviour: n = 100000 / (mean of the valid intervals) rounded to the nearest integer, where an interval is valid when 300 <= rr <= 2000 ms (others are artefacts).
 * Constraints: none
 * Libraries: stdint.h
 */
int bpm_from_rr(const uint16_t *rr_ms, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */

#endif
