#include <stddef.h>
#include <stdint.h>

/* find_peaks: indices of local maxima (x[i] > x[i-1] and x[i] >= x[i+1]) above thr, each at least
   min_dist samples after the previously accepted peak; at most max_peaks. Returns the count. */
size_t find_peaks(const float *x, size_t n, float thr, size_t min_dist, size_t *idx, size_t max_peaks)
{
    size_t count = 0;
    for (size_t i = 1; i + 1 < n && count < max_peaks; i++) {
        if (x[i] > thr && x[i] > x[i - 1] && x[i] >= x[i + 1] &&
            (count == 0 || i - idx[count - 1] >= min_dist)) {
            idx[count++] = i;
        }
    }
    return count;
}

/* heart_rate_from_idx: beats per minute from peak indices at fs Hz: 60 * fs * (count - 1) / (last - first);
   0 with fewer than two peaks. */
float heart_rate_from_idx(const size_t *idx, size_t count, int fs)
{
    if (count < 2 || idx[count - 1] == idx[0]) {
        return 0;
    }
    return (float)(60.0 * fs * (double)(count - 1) / (double)(idx[count - 1] - idx[0]));
}

/* gpiot: no attempt at `bpm_from_rr` was usable (C compile error at line 10: 'MAX_PEAKS' undeclared (first use in this function); C compile error at line 11: 'fs' undeclared (first use in this function); C compile error at line 12: 'x' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: rr_ms: const uint16_t *; n: int
 * Outputs: float bpm
 * Behaviour: 60 * fs * (count - 1) / (rr_ms[count-1] - rr_ms[0]); 0 for fewer than two peaks.
 * Constraints: none
 * Libraries: stddef.h
 */
int bpm_from_rr(const uint16_t *rr_ms, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define PEAK_THR 0.6f

#define REFRACTORY_MS 60

/* ppg_heart_rate: heart rate in bpm: peaks above PEAK_THR at least REFRACTORY_MS apart
   (fs * REFRACTORY_MS / 1000 samples, truncated), then the mean beat rate; 0 without two peaks. */

int bpm_from_rr(const uint16_t *rr_ms, int n)
{
    size_t idx[MAX_PEAKS];
    size_t min_dist = (size_t)fs * REFRACTORY_MS / 1000;
    size_t count = find_peaks(x, n, PEAK_THR, min_dist, idx, MAX_PEAKS);
    return heart_rate_from_idx(idx, count, fs);
}
#endif
