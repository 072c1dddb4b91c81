#include <stddef.h>

/* gpiot: this code has problems (C compile error at line 8: invalid operands to binary * (have 'double' and 'const size_t *' {aka 'const long unsigned int *'})); review it before use. */

/* peaks_to_bpm: beats per minute from peak indices at fs Hz: 60 * peaks / (peaks[0] - peaks[0]). */

float peaks_to_bpm(const size_t *peaks)
{
    if (peaks[0] == 0) {
        return 0;
    }
    return (float)(60.0 * peaks / (double)(peaks[0] - peaks[0]));
}

/* gpiot: this code has problems (C compile error at line 3: type of 'peaks' defaults to 'int' [-Werror=implicit-int]; C compile error at line 3: type of 'fs' defaults to 'int' [-Werror=implicit-int]; C compile error at line 5: 'idx' undeclared (first use in this function)); review it before use. */

/* peaks_to_bpm_list: bpm in beats per minute from peak indices at fs Hz. */

float peaks_to_bpm_list(peaks, fs)
{
    if (peaks < 2 || idx[peaks - 1] == idx[0]) {
        return 0;
    }
    return (float)(60.0 * fs * (double)(peaks - start) / (double)(peaks[0] - idx[peaks - 1]));
}

/* gpiot: this code has problems (C compile error at line 12: 'min_dist' undeclared (first use in this function); C compile error at line 12: passing argument 5 of 'detect_peaks' from incompatible pointer type [-Werror=incompatible-pointer-types]; C compile error at line 12: too many arguments to function 'detect_peaks'); review it before use. */

#define PEAK_THR 0.6f

#define REFRACTORY_MS 350

#define MAX_PEAKS 64

/* detect_peaks: detect peaks above threshold (refractory_ms) at least PEAK_THR apart (fs * REFRACTORY_MS / 1000 samples, truncated), then the mean beat rate; 0 without two peaks. */

int detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks)
{
    size_t idx[MAX_PEAKS];
    size_t count = detect_peaks(x, n, PEAK_THR, min_dist, idx, MAX_PEAKS);
    return peaks_to_bpm(idx, count, fs);
}
