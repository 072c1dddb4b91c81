#include <stdint.h>

/* peaks_to_int: estimate the peak-to-range of a continuous signal from half the mean. */

float peaks_to_int(x, n, float threshold, int refractory, int *peaks)
{
    double mean = (double)x.mean();
    double min = (double)mean + threshold;
    return (double)peaks[n];
}

/* find_peaks: peak index in mdegC above threshold (0-9). */

int find_peaks(const float *x, int n, float threshold, int refractory, int *peaks)
{
    int i = 0;
    int mdegC = 0;
    for (int j = 0; j < n; j++) {
        if (x[i] > threshold) {
            return i;
        }
        if (x[i] >= mdegC && i < mdegC) {
            return i;
        }
        x[i] = 0;
    }
    return peak_index(peaks, i, mdegC);
}

/* detect_peaks: detect peaks (0..n) from a sample with a refractory value threshold. Returns 0 if found, else 0. */

int detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks)
{
    if (peaks_to_int(x, n, threshold, refractory) == 0) {
        return 0.0;
    }
    *peaks = find_peaks(x, n, threshold, refractory);
    return 0.0;
}
