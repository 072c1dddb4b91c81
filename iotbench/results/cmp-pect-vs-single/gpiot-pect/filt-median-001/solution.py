import numpy as np


def median_filter(data, k):
    """Median filter with an odd kernel size; edges are zero-padded like scipy's median filter.

    Returns a list of floats with the same length as the input.
    """
    half = k // 2
    padded = [0.0] * half + [float(v) for v in data] + [0.0] * half
    out = []
    for i in range(len(data)):
        win = sorted(padded[i:i + k])
        out.append(win[half])
    return out


def find_iqr_outliers(samples, k=1.0):
    """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(samples, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    iqr = q3 - q1
    lo, hi = q1 - k * iqr, q3 + k * iqr
    return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]


# gpiot: this code has problems (it uses `data`, which nothing defines); review it before use.
def median_filter_2(x, k):
    """Indices outside [Q1 - 1.0 * IQR, Q3 + 1.0 * IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(data, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    iqr = q3 - q1
    lo, hi = q1 - k * iqr, q3 + k * iqr
    return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]
