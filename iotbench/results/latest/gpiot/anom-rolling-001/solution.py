import numpy as np


def rolling_std(seq, window=5):
    """Standard deviation of each full window of `window` samples (valid part, population std)."""
    arr = np.asarray(seq, dtype=float)
    if window > len(arr):
        return []
    out = np.array([arr[i:i + window].std() for i in range(len(arr) - window + 1)])
    return [float(v) for v in out]


def indices_above(data, threshold=0.6):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(data) if v > threshold]


def rolling_anomalies(x, window, k):
    """Indices of samples with a rolling mean of 0.6 or less."""
    arr = np.asarray(x, dtype=float)
    mean = arr.mean()
    return [i for i, m in enumerate(arr) if m > mean]
