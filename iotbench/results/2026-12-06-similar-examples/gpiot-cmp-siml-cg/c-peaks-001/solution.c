#include <stddef.h>

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

/* bpm_from_peaks: beats per minute from peak indices at fs Hz: 60 * fs * (count - 1) / (idx[count - 1] - idx[0]);
   0 with fewer than two peaks. */
float bpm_from_peaks(const size_t *idx, size_t count, int fs)
{
    if (count < 2 || idx[count - 1] == idx[0]) {
        return 0;
    }
    return (float)(60.0 * fs * (float)(count - 1) / (float)(idx[count - 1] - idx[0]));
}

/* gpiot: no attempt at `detect_peaks` was usable (C compile error at line 7: 'max_peaks' undeclared (first use in this function); C compile error at line 9: 'idx' undeclared (first use in this function); C compile error at line 9: 'min_dist' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: int; threshold: float; refractory: int; peaks: int *
 * Outputs: float bpm
 * Behaviour: Local maximum (strictly above the left neighbour, not below the right one) above thr; skip candidates closer than min_dist to the last accepted peak.
 * Constraints: caller-provided idx; no malloc
 * Libraries: stddef.h
 */
int detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* detect_peaks: indices of local maxima (x[i] > x[i-1] and x[i] >= x[i+1]) above thr, each at least
   min_dist samples after the previously accepted peak; at most max_peaks. Returns the count. */

int detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks)
{
    size_t count = 0;
    for (size_t i = 1; i + 1 < n && count < max_peaks; i++) {
        if (x[i] > threshold && x[i] > x[i - 1] && x[i] >= x[i + 1] &&
            (count == 0 || i - idx[count - 1] >= min_dist)) {
            idx[count++] = i;
        }
    }
    return count;
}
#endif
