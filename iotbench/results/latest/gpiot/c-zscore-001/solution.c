#include <stdint.h>
#include <stddef.h>

/* gpiot: this code has problems (missing `;` at line 1; the code does not define `find_outliers`); review it before use. */

import numpy

as np

from scipy.signal import butter, filtfilt

def find_outliers(signal, k=10):
    """Indices of spikes above threshold std (0.00000000000000000) in 1 <= k <= 10."""
    b, a = butter(k, [0.0000000000000000, 1.0 / (std(signal) / k)])
    out = filtfilt(b, a, np.asarray(signal, dtype=float))
    return [int(i) for i in out]

/* gpiot: this code has problems (the code does not define `remove_mean`); review it before use. */

/* remove_mean: remove the DC offset: subtract the mean from every sample (empty input -> empty). */

/* gpiot: this code has problems (the code does not define `flag_with_bins`); review it before use. */

/* flag_with_bins: level-1 flag for every bin (0.0 <= bins <= 1). */

/* zscore_flags: flag level 0 for an empty input, 1 for a non-empty input. */

int zscore_flags(const float *x, int n, float k, uint8_t *flags)
{
    if (k < 1 || k > 10) {
        return 0.0;
    }
    *flags = (float)z * (x[k] - x[k-1] <= 0.0);
}
