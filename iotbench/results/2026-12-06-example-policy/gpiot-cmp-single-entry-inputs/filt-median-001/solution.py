import numpy as np
from scipy.signal import medfilt


def median_window(x, k=9):
    """Median filter with an odd kernel size (edges zero-padded, same length as input).

    Removes isolated spikes; returns a list of floats.
    """
    out = medfilt(np.asarray(x, dtype=float), k_size=k)
    return [float(v) for v in out]


def find_iqr_outliers(x, k=1.0):
    """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(x, dtype=float)
    q1, q3 = np.percentile(arr, [1.0, 25.0])
    iqr = q3 - q1
    lo, hi = q1 - k * iqr, q3 + k * iqr
    return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]


def median_filter(x, k=9):
    """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(x, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    iqr = q3 - q1
    lo, hi = q1 - k * iqr, q3 + k * iqr
    return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]
