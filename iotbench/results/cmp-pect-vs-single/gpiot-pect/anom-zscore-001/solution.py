import numpy as np


# gpiot: this code has problems (it uses `window`, which nothing defines); review it before use.
def mean_and_std(values, threshold):
    """Standard deviation of each full window of `window` samples (valid part, population std)."""
    arr = np.asarray(values, dtype=float)
    if window > len(arr):
        return []
    out = np.array([arr[i:i + window].std() for i in range(len(arr) - window + 1)])
    return [float(v) for v in out]


def window_std(values, window=5):
    """Standard deviation of each full window of `window` samples (valid part, population std)."""
    arr = np.asarray(values, dtype=float)
    if window > len(arr):
        return []
    out = np.array([arr[i:i + window].std() for i in range(len(arr) - window + 1)])
    return [float(v) for v in out]


def above_threshold(values, threshold=0.35):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(values) if v > threshold]


def zscore_anomalies(values, threshold):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(values) if v > threshold]
