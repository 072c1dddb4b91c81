#include <stddef.h>
#include <stdint.h>

/* gpiot: no attempt at `heart_rate_from_idx` was usable (C compile error at line 4: unknown type name 'that'; C compile error at line 4: expected '=', ',', ';', 'asm' or '__attribute__' before 'the'; C compile error at line 11: expected '{' at end of input); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: idx: peak indices; count; fs: sampling rate in Hz
 * Outputs: float bpm
 * Behaviour: 60 * fs * (count - 1) / (idx[count-1] - idx[0]); 0 for fewer than two peaks.
 * Constraints: none
 * Libraries: stddef.h
 */
float heart_rate_from_idx(const uint16_t *rr_ms, int n) that returns the heart rate in beats
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* heart_rate_from_idx: beats per minute from peak indices at fs Hz: 60 * fs * (count - 1) / (last - first);
   0 with fewer than two peaks. */

float heart_rate_from_idx(const uint16_t *rr_ms, int n) that returns the heart rate in beats
{
    if (count < 2 || idx[count - 1] == idx[0]) {
        return 0;
    }
    return (float)(60.0 * fs * (double)(count - 1) / (double)(idx[count - 1] - idx[0]));
}
#endif

/* gpiot: no attempt at `heart_rate_in_interval` was usable (C compile error at line 6: 'count' undeclared (first use in this function); C compile error at line 6: 'idx' undeclared (first use in this function); C compile error at line 9: 'fs' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: idx: peak indices; count; fs: sampling rate in Hz
 * Outputs: float bpm
 * Behaviour: 60 * fs * (count - 1) / (idx[count-1] - idx[0]); 0 for fewer than two peaks.
 * Constraints: none
 * Libraries: stddef.h
 */
float heart_rate_in_interval(const uint16_t *rr_ms, int n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* heart_rate_in_interval: beats per minute from peak indices at fs Hz: 60 * fs * (count - 1) / (last - first);
   0 with fewer than two peaks. */

float heart_rate_in_interval(const uint16_t *rr_ms, int n)
{
    if (count < 2 || idx[count - 1] == idx[0]) {
        return 0;
    }
    return (float)(60.0 * fs * (double)(count - 1) / (double)(idx[count - 1] - idx[0]));
}
#endif

/* gpiot: no attempt at `bpm_from_rr` was usable (the code does not define `bpm_from_rr`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: idx: peak indices; count; fs: sampling rate in Hz
 * Outputs: float bpm
 * Behaviour: 60 * fs * (count - 1) / (idx[count-1] - idx[0]); 0 for fewer than two peaks.
 * Constraints: none
 * Libraries: stddef.h
 */
int bpm_from_rr(const uint16_t *rr_ms, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* bpm_from_rr: beats per minute from peak indices at fs Hz: 60 * fs * (count - 1) / (last - first);
   0 with fewer than two peaks. */
#endif
