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

/* bpm_from_peaks: beats per minute from peak indices at fs Hz: 60 * fs * (count - 1) / (last - first);
   0 with fewer than two peaks. */
float bpm_from_peaks(const size_t *idx, size_t count, int fs)
{
    if (count < 2 || idx[count - 1] == idx[0]) {
        return 0;
    }
    return (float)(60.0 * fs * (double)(count - 1) / (double)(idx[count - 1] - idx[0]));
}

/* gpiot: no attempt at `detect_peaks` was usable (the code does not define `detect_peaks`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: int; threshold: float; refractory: int; peaks: int *
 * Outputs: float bpm
 * Behaviour: x holds n PPG samples from a fingertip pulse sensor on a microcontroller. Implement int detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks) that writes the peak indices to peaks in ascending order and returns how many it found. Sample i (0 < i < n-1) is a peak when x[i] > threshold, x[i] > x[i-1] and x[i] >= x[i+1], and i is at least refractory samples after the previous peak found (scan left to right).
 * Constraints: caller-provided idx; no malloc
 * Libraries: stddef.h
 */
int detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define PEAK_THR 0.5f

#define REFRACTORY_MS 300

#define MAX_PEAKS 64

/* ppg_heart_rate: heart rate in bpm: peaks above PEAK_THR at least REFRACTORY_MS apart
   (fs * REFRACTORY_MS / 1000 samples, truncated), then the mean beat rate; 0 without two peaks. */
#endif
