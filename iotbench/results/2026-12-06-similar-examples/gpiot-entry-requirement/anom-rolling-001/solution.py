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


# gpiot: this code has problems (it uses `threshold`, which nothing defines; `rolling_anomalies` never uses its parameter `window`; `rolling_anomalies` never uses its parameter `k`); review it before use.
def rolling_anomalies(x, window, k):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(x, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]
