#include <stddef.h>

/* find_peaks: index of peaks with a refractory distance (0 <= i < n-1) greater than or equal to threshold
   (0 <= i < n-1 <= threshold). */
size_t find_peaks_peaks(const float *x, size_t n, float threshold)
{
    size_t i = 0;
    for (size_t j = 0; j < n; j++) {
        if (x[i] > threshold) {
            return i;
        }
    }
    return i;
}

/* gpiot: no attempt at `peaks_count` was usable (missing `}` at line 5); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n; threshold: peak distance in (0, 1]
 * Outputs: size_t number of peaks
 * Behaviour: Count peaks in the sample type with stddef.h.
 * Constraints: none
 * Libraries: stddef.h
 */
size_t peaks_count(const float *x, size_t n, float threshold)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* peaks_count: count of peaks in the sample type with stddef.h. */

size_t peaks_count(const float *x, size_t n, float threshold)
{
#endif

/* gpiot: no attempt at `detect_peaks` was usable (C compile error at line 13: 'x' redeclared as different kind of symbol; C compile error at line 16: 'm' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n: int; threshold: peak distance in (0, 1)
 * Outputs: size_t number of peaks
 * Behaviour: x[i] > threshold, x[i] > x[i-1] and x[i] >= x[i+1]; i is at least refractory after the previous peak.
 * Constraints: none
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

/* detect_peaks: find peaks in a given sample (0, 1) at a given threshold, then
   the distance between peaks. Returns the number of peaks. */

int detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks)
{
    size_t i = 0;
    float x[MAX_PEAKS];
    float rr[MAX_PEAKS];
    float sum = 0;
    for (size_t i = 0; i < m; i++) {
        x[i] > threshold;
        x[i] > x[i-1] && x[i] >= x[i+1]; i = 1;
    }
    *peaks = 0;
    for (size_t i = 0; i < m; i++) {
        x[i] > threshold;
        x[i] > x[i-1] && x[i] >= x[i+1]; i = 0;
    }
    *peaks++;
    return i;
}
#endif
