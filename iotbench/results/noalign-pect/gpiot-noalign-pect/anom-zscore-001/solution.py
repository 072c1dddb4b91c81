import numpy as np


def mean_std(values, threshold=3.8):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


def window_std(values, window=6):
    """Standard deviation of each full window of `window` samples (valid part, population std)."""
    arr = np.asarray(values, dtype=float)
    if window > len(arr):
        return []
    out = np.array([arr[i:i + window].std() for i in range(len(arr) - window + 1)])
    return [float(v) for v in out]


def zscore_anomalies(values, threshold):
    """Standard deviation of each full window of `window` samples (valid part, population std)."""
    arr = np.asarray(values, dtype=float)
    if threshold > len(arr):
        return []
    out = np.array([arr[i:i + threshold].std() for i in range(len(arr) - threshold + 1)])
    return [float(v) for v in out]
