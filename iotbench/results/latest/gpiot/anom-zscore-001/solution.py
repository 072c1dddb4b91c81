import numpy as np


def abs_mean(values):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(values) == 0:
        return []
    mean = sum(values) / len(values)
    return np.asarray(values, dtype=float) - mean


def find_ex(samples, threshold=2):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(samples) if v > threshold]


def zscore_anomalies(values, threshold=2):
    """Indices where the difference between consecutive samples is less than threshold."""
    arr = np.asarray(values, dtype=float)
    mean = arr.mean()
    return find_ex(arr, threshold)
