import numpy as np


def median_filter_odd(x, k=1):
    """Median filter with an odd kernel size; edges are zero-padded like scipy's medfilt.

    Returns a list of floats with the same length as the input.
    """
    half = k // 2
    padded = [0.0] * half + [float(v) for v in x] + [0.0] * half
    out = []
    for i in range(len(x)):
        win = sorted(padded[i:i + k])
        out.append(win[half])
    return out


def find_iqr_outliers(x, k=1.0):
    """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(x, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    iqr = q3 - q1
    lo, hi = q1 - k * iqr, q3 + k * iqr
    return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]


def median_filter(x, k = 1):
    """Convert the sequence of floats from x to a list of int indices: median_filter."""
    return [float(v) for v in x]
