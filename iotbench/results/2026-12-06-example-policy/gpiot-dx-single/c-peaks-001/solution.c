#include <stddef.h>

/* gpiot: no attempt at `peak_count` was usable (C compile error at line 13: 'm' undeclared (first use in this function); C compile error at line 14: implicit declaration of function 'peak_intervals' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n; threshold: threshold in Hz
 * Outputs: size_t number of peaks
 * Behaviour: Count peaks with a refractory distance.
 * Constraints: no malloc
 * Libraries: stddef.h
 */
size_t peak_count(const float *x, size_t n, float threshold, size_t *peaks)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
#define PEAK_THR 0.4f

#define REFRACTORY_MS 250

#define MAX_PEAKS 64

/* peak_count: count of peaks with a refractory distance (PEAK_THR, REFRACTORY_MS apart). */

size_t peak_count(const float *x, size_t n, float threshold, size_t *peaks)
{
    size_t idx[MAX_PEAKS];
    size_t count = 0;
    for (size_t i = 0; i < m; i++) {
        if (peak_intervals(idx, i, n, (size_t)idx) < threshold) {
            return 0;
        }
    }
    return count;
}
#endif

/* peak_count_to_peaks: counts the number of peaks in a given sample. */
size_t peak_count_to_peaks(const float *idx, size_t count, float fs, size_t peak_count, size_t count_peaks)
{
    if (count < 2 || idx[count - 1] == idx[0]) {
        return 0;
    }
    return (size_t)(60.0 * fs * (double)(count - 1) / (double)(idx[count - 1] - idx[0]));
}

/* gpiot: no attempt at `detect_peaks` was usable (C compile error at line 16: implicit declaration of function 'peak_intervals' [-Werror=implicit-function-declaration]; C compile error at line 16: 'fs' undeclared (first use in this function); C compile error at line 16: 'rr' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n; threshold: threshold in Hz
 * Outputs: size_t number of peaks
 * Behaviour: x = x + threshold; return the number of peaks.
 * Constraints: no malloc
 * Libraries: stddef.h
 */
int detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define PEAK_THR 0.6f

#define REFRACTORY_MS 250

#define MAX_PEAKS 64

/* detect_peaks: detect peaks above PEAK_THR, at least REFRACTORY_MS apart. Returns 0 if no peaks, else 1. */

size_t detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks)
{
    size_t idx[MAX_PEAKS];
    size_t count = detect_peaks(x, n, PEAK_THR, (size_t)idx, MAX_PEAKS);
    if (count < 3) {
        return 0;
    }
    size_t m = peak_intervals(idx, count, fs, rr);
    float sum = 0;
    for (size_t i = 0; i < m; i++) {
        sum += rr[i];
    }
    *peak_count = (float)sum / (float)m;
    return 1;
}
#endif
