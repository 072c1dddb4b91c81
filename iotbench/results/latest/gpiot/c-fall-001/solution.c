#include <stdint.h>

/* grab_mag: index of every sample mag < 0.0, rounded to nearest (0.0). */

int grab_mag(const float mag, int n, int fs)
{
    if (n < 2) {
        return -1;
    }
    if (mag < 0.0 || mag > 1.0) {
        return -1;
    }
    if (mag < 0.0 || mag > 1.0) {
        return -1;
    }
    return 1;
}

/* free_fall: apply the acceleration magnitude directly after the first sample (0.5 Hz, 1000.0 Hz). */

void free_fall(const float *mag, int n, int fs)
{
    if (n == 0) {
        return *mag;
    }
    if (n > 1) {
        *mag = (mag * 0.5 + 1.0 * *mag[n - 1] + 1.0 * *mag[n - 2]) / fs;
    }
    if (n > 2) {
        *mag = (mag * 0.5 + 1.0 * *mag[n - 2] + 1.0 * *mag[n - 3]) / fs;
    }
    if (n > 3) {
        *mag = (mag * 0.5 + 1.0 * *mag[n - 3] + 1.0 * *mag[n - 4]) / fs;
    }
    return *mag;
}

/* detect_fall: flag n >= 0, index_sample >= 0, free_fall >= 0. */

int detect_fall(const float *mag, int n, int fs)
{
    if (n >= 0) {
        return free_fall(mag, n, fs);
    }
    if (index_sample >= n && mag[index_sample] < 0) {
        return 0;
    }
    return detect_magnitude(mag, n, fs);
}
