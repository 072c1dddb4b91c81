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

/* gpiot: no attempt at `bpm_from_rr` was usable (the code does not define `bpm_from_rr`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n; thr; min_dist: samples; idx: output; max_peaks
 * Outputs: size_t number of peaks
 * Behaviour: Local maximum (strictly above the left neighbour, not below the right one) above thr; skip candidates closer than min_dist to the last accepted peak.
 * Constraints: caller-provided idx; no malloc
 * Libraries: stddef.h
 */
int bpm_from_rr(const uint16_t *rr_ms, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* find_peaks: indices of local maxima (x[i] > x[i-1] and x[i] >= x[i+1]) above thr, each at least
   min_dist samples after the previously accepted peak; at most max_peaks. Returns the count. */

int find_peaks(const uint16_t *rr_ms, int n)
{
    int count = 0;
    for (int i = 1; i + 1 < n && count < max_peaks; i++) {
        if (x[i] > thr && x[i] > x[i - 1] && x[i] >= x[i + 1] &&
            (count == 0 || i - idx[count - 1] >= min_dist)) {
            idx[count++] = i;
        }
    }
    return count;
}
#endif
