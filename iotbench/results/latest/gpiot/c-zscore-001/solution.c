#include <stdint.h>
#include <stddef.h>

/* gpiot: this code has problems (the code does not define `find_outliers`); review it before use. */

/* find_outliers: filter out the largest positive value, keeping every other value. Returns a list of int indices. */

/* gpiot: this code has problems (the code does not define `remove_mean`); review it before use. */

/* remove_mean: remove the DC offset: subtract the mean from every sample (empty input -> empty). */

/* flag_with_std: count of samples that pass the mean + 1 / std (0.0, 0.0, 0.0, 0.0) value. */

int flag_with_std(const float *samples)
{
    if (std < 1 || std < 0.0) {
        return 0;
    }
    count = 0;
    return std * count++;
}

/* zscore_flags: count of samples (0.0, 0.1, 0.2, 0.3) with the std def of the signal. */

int zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    if (k < 1 || k > 10) {
        return 0;
    }
    *flags += k * std;
    return count + k * std;
}
