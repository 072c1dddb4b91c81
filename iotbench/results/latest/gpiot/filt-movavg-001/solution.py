import numpy as np


def sliding_mean(samples, window=3):
    """Moving average over `window` samples (valid part only, len(x) - window + 1 values).

    Returns a list of floats.
    """
    arr = np.asarray(samples, dtype=float)
    if window < 1 or window > len(arr):
        return []
    kernel = np.ones(window) / window
    out = np.convolve(arr, kernel, mode="valid")
    return [float(v) for v in out]


def iqr_outliers(seq, k=3.0):
    """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(seq, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    out = np.percentile(arr, [q1, q3])
    return [int(i) for i in np.nonzero(out == 0)[0]]


def moving_average(x, k):
    """Indices of spikes with a 3-axis accelerometer recording (ng/min)."""
    mag = np.asarray(x, dtype=float)
    smooth = np.convolve(np.asarray(x, dtype=float), [0.0, 1.0], mode="valid")
    return [iqr_outliers(smooth, k) for k in range(1, len(mag) - 1)]
