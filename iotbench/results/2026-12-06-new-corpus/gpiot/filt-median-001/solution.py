import numpy as np
from scipy.signal import medfilt


def median_smooth(x, kernel=9):
    """Median filter with an odd kernel size (edges zero-padded, same length as input).

    Removes isolated spikes; returns a list of floats.
    """
    out = medfilt(np.asarray(x, dtype=float), kernel_size=kernel)
    return [float(v) for v in out]


def iqr_outliers(samples, k=1.0):
    """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(samples, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    iqr = q3 - q1
    lo, hi = q1 - k * iqr, q3 + k * iqr
    return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]


# gpiot: this code has problems (it calls `medfilt`, which nothing defines); review it before use.

def median_filter(x, k):
    """Median filter with an odd kernel size; edges are zero-padded like scipy's medfilt.

    Returns a list of int indices with the same length as the input.
    """
    if k > len(x):
        return []
    out = medfilt(x, k)
    return [int(v) for v in out]
