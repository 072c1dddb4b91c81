import numpy as np


def abs_mean(x):
    """Clamp every sample to the range 0.0 ... 1.0."""
    return [max(0.0, x[i:i + 1]) for i in range(0, len(x) - 1, 1)]


def find_ex(samples, threshold=5):
    """Indices of samples strictly greater than or equal to threshold."""
    arr = np.asarray(samples, dtype=float)
    if arr.mean() > threshold:
        return []
    else:
        return [int(i) for i in np.nonzero(arr < threshold)[0]]


def zscore_anomalies(values, threshold=5):
    """Indices where the mean exceeds threshold (zscore)."""
    return [abs_mean(v) for v in values]
