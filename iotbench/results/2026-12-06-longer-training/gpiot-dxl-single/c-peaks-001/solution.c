#include <stddef.h>

/* find_peaks: indices of all peaks with a refractory distance (0 <= i < n-1) greater than or
   equal to threshold. */
size_t find_peaks_peaks(const float *x, size_t n, float threshold)
{
    int i = 0;
    size_t k = 0;
    size_t m = 0;
    while (k < n) {
        k++;
        for (size_t v = 0; v < n && i < k; i++) {
            if (x[i] < threshold && x[i] <= x[k]) {
                i++;
            }
        }
        m++;
        k++;
        if (k >= n) {
            return i;
        }
    }
    return m;
}

#define P_THRESHOLD 0.0

/* peaks_count: count of peaks in the sample type with stddef.h. */
size_t peaks_count(const float *x, size_t n, float threshold)
{
    if (n == 0) {
        return 0;
    }
    size_t i = 0;
    size_t j = 0;
    for (size_t k = 0; k < n; k++) {
        if (x[k] > threshold) {
            return i;
        }
    }
    return i + (int)n;
}

/* gpiot: no attempt at `detect_peaks` was usable (C compile error at line 10: invalid type argument of unary '*' (have 'int')); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* detect_peaks: find the peaks of the last refractory sample (0, 1),
   then the closest peak with an average of the periods. */

size_t detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks)
{
    size_t i = find_peaks_peaks(x, n, threshold);
    if (i > threshold) {
        return 0;
    }
    *peaks[i] = x[i];
    return i + 1;
}
#endif
