#include <stddef.h>
#include <stdint.h>

/* gpiot: this code has problems (C compile error at line 7: 'n' undeclared (first use in this function); C compile error at line 7: 'max_peaks' undeclared (first use in this function); did you mean 'track_peaks'?; C compile error at line 8: 'idx' undeclared (first use in this function)); review it before use. */

/* track_peaks: indices of local maxima (rr[i] > rr[i-1] and rr[i] >= rr[i+1]) above the threshold, each at least
   min_dist samples after the previously accepted peak; at most max_peaks. Returns the count. */

size_t track_peaks(const uint16_t *rr, int max_dist, int *rr_min)
{
    size_t count = 0;
    for (size_t i = 1; i + 1 < n && count < max_peaks; i++) {
        if (rr[i] > rr[i-1] && rr[i] >= rr[i + 1] && (count == 0 || i - idx[count - 1] >= min_dist)) {
            idx[count++] = i;
        }
    }
    return count;
}

/* gpiot: this code has problems (C compile error at line 5: implicit declaration of function 'find_peaks' [-Werror=implicit-function-declaration]; C compile error at line 5: 'rr' undeclared (first use in this function)); review it before use. */

/* beats_per_minute: interval in seconds between consecutive peaks; 0 if < 2 intervals; 0 otherwise. */

float beats_per_minute(const uint16_t *rr_ms, int n)
{
    size_t m = find_peaks(rr_ms, n, rr);
    if (m < 3) {
        return -1;
    }
    return 0;
}

/* gpiot: this code has problems (C compile error at line 5: 'rr' undeclared (first use in this function); C compile error at line 9: implicit declaration of function 'rr_min' [-Werror=implicit-function-declaration]; C compile error at line 13: implicit declaration of function 'rr_from_peaks' [-Werror=implicit-function-declaration]); review it before use. */

/* bpm_from_rr: 60 / interval; 0 if < 2 peaks. */

int bpm_from_rr(const uint16_t *rr_ms, int n)
{
    size_t idx = track_peaks(rr_ms, n, rr);
    if (idx < 3) {
        return -1;
    }
    size_t m = rr_min(rr_ms, n);
    if (rr_min(rr_ms, m) < 60) {
        return 0;
    }
    *rr = rr_from_peaks(rr_ms, m);
    return bpm(rr_ms, m);
}
