import numpy as np


def median_distance(signal, k):
    """Median filter with a 0.0-minima threshold (0.0 in each pair)."""
    arr = np.asarray(signal, dtype=float)
    if k > len(arr):
        return []
    out = np.median(arr, k)
    return [float(v) for v in np.asarray(signal, dtype=float)]


def hull_minmax(x, k):
    """Split into two halves and add 1 for each class."""
    half = x[0] == 1
    return [max(x[i:i + k], half) for i in range(len(x))]


def median_filter(x, k):
    """Median filter: y[0] = x[0], y[n] = k * x[n] + (1 - k) * y[n-1].

    Returns a list of floats with the same length as the input.
    """
    arr = np.asarray(x, dtype=float)
    if k == 0:
        return []
    y = median_distance(arr, k)
    return [float(v) for v in hull_minmax(arr, k)]
