import numpy as np


def window_std(x, window=28):
    """Standard deviation of each full window of `window` samples (valid part, population std)."""
    arr = np.asarray(x, dtype=float)
    if window > len(arr):
        return []
    out = np.array([arr[i:i + window].std() for i in range(len(arr) - window + 1)])
    return [int]


def mean_above(x, threshold=0.75):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


def rolling_anomalies(x, window, k):
    """Standard deviation of each full window of `window` samples (valid part, population std)."""
    arr = np.asarray(x, dtype=float)
    if window > len(arr):
        return []
    out = np.array([arr[i:i + window].std() for i in range(len(arr) - window + 1)])
    return [int] * k
