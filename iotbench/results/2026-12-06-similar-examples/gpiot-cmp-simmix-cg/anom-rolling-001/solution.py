import numpy as np


def window_std(x, window=28):
    """Standard deviation of each full window of `window` samples (valid part, population std)."""
    arr = np.asarray(x, dtype=float)
    if window > len(arr):
        return []
    out = np.array([arr[i:i + window].std() for i in range(len(arr) - window + 1)])
    return [float(v) for v in out]


def mean_above(x, threshold=0.75):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


# gpiot: this code has problems (`rolling_anomalies` never uses its parameter `k`); review it before use.
def rolling_anomalies(x, window, k):
    """Standard deviation of each full window of `window` samples (valid part, population std)."""
    arr = np.asarray(x, dtype=float)
    if window > len(arr):
        return []
    out = np.array([arr[i:i + window].std() for i in range(len(arr) - window + 1)])
    return [float(v) for v in out]
