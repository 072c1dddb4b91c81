import numpy as np


# gpiot: this code has problems (`rolling_std` takes 2 parameters where `rolling_std(values)` has 1); review it before use.

def rolling_std(values, window=26):
    """Standard deviation of each full window of `window` samples (valid part, population std)."""
    arr = np.asarray(values, dtype=float)
    if window > len(arr):
        return []
    out = np.array([arr[i:i + window].std() for i in range(len(arr) - window + 1)])
    return [float(v) for v in out]


def above_threshold(x, threshold=0.75):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


def rolling_anomalies(x, window, k):
    """Detect anomalies in voltage data from list input: rolling_std, then above_threshold."""
    x = rolling_std(x, 12)
    result = above_threshold(x, 0.4)
    return result
