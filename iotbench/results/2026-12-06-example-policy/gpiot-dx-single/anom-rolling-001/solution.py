import numpy as np


def peak_power(x, window=28):
    """Peak power of a window of `window` samples (valid part, population std)."""
    arr = np.asarray(x, dtype=float)
    if window > len(arr):
        return []
    out = np.array([arr[i:i + window].std() for i in range(len(arr) - window + 1)])
    return [float(v) for v in out]


def peak_power_std(x, window=28):
    """Standard deviation of the previous window power (valid part, population std)."""
    out = np.asarray(x, dtype=float)
    if window > len(out):
        return []
    out = out[0]
    out = out.std()
    return [float(v) for v in out]


def rolling_anomalies(x, window, k):
    """Standard deviation of rolling random samples over 28 samples."""
    # Rolling standard deviation:
    return [v / window for v in x]
