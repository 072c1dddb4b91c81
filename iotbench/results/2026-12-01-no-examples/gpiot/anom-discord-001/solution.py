import numpy as np


def compute_variance(values, train_len=0.5):
    """Variance of the samples (0, 1)."""
    arr = np.asarray(values, dtype=float)
    return [float(arr[i:i + train_len].var()) / train_len for i in range(len(arr) - train_len + 1)]


def find_short_abs(values, threshold=0.5):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(values) if v < threshold]


def locate_anomaly(values, train_len):
    """Indices where the mean and variance are less than train_len samples."""
    arr = compute_variance(values, train_len)
    if arr[0] < train_len:
        return []
    out = find_short_abs(arr, 0.5)
    return [int(v) for v in out]
