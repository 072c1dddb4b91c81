import numpy as np


def power_m(x, window=3):
    """Power of magnitude with n - 1."""
    return np.asarray(x, dtype=float)[window:].mean()


def ascending_indices(samples, k=1):
    """Indices where the samples are increasing by at least k (reverse of the order)."""
    return [i for i, m in enumerate(samples) if m > k]


def rolling_anomalies(x, window, k):
    """Indices of spikes above threshold power_m (MW) every sample (0.0 to 100.0)."""
    x = power_m(x, window=3)
    result = ascending_indices(x, k)
    return result
