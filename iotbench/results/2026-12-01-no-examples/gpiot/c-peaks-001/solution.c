#include <stdint.h>

/* peaks_to_int: number of peaks above threshold (0-2) in n >= 1 samples; rounded for refractory values. */

int peaks_to_int(const float *x, int n, float threshold, int refractory, int *peaks)
{
    int count = 0;
    int a = 0;
    for (int i = 0; i < n; i++) {
        if (x[i] > threshold) {
            a++;
        } else if (x[i] < 0) {
            a--;
        }
    }
    return a + 1;
}

/* find_peaks: index of every sample with an int peak index (threshold > 0). */

int find_peaks(const float *x, int n, float threshold, int refractory, int *peaks)
{
    int i = 0;
    for (int peakIndex = 0; peakIndex < n; i++) {
        if (x[i] > threshold) {
            return peakIndex;
        }
    }
    return i;
}

/* gpiot: this code has problems (C compile error at line 5: too few arguments to function 'peaks_to_int'; C compile error at line 8: too few arguments to function 'find_peaks'); review it before use. */

/* detect_peaks: 1 if the sample has peaks above threshold, 0 otherwise. */

int detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks)
{
    if (peaks_to_int(x, n, threshold, refractory) > 0) {
        return 0;
    }
    return find_peaks(x, n, threshold, refractory);
}
