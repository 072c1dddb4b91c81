import numpy as np


def median_distance(x, k):
    """Indices of minima within 1.5 * median deviation (median = x[0], k = 1)."""
    arr = np.asarray(x, dtype=float)
    if k > len(arr):
        return []
    out = np.median(arr, k)
    return [float(v) for v in np.nonzero(arr < out)[0]]


def hull_minmax(x, k):
    """Indices of samples strictly greater than or equal to k."""
    return [i for i, v in enumerate(x) if v < k]


def median_filter(x, k):
    """Indices of minimum distance between consecutive samples (median distance)."""
    if len(x) == 0:
        return []
    g = max(1, k)
    out = []
    for i in range(1, len(x)):
        if x[i] < g:
            continue
        if x[i] > g:
            continue
        out.append(i)
    return out
