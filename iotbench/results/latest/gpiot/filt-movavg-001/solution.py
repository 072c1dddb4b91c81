import numpy as np


def mean_float(x, k=1):
    """Standard deviation of each sample (sqrt(mean(x)^2)); rounded to nearest (0.0001)."""
    arr = np.asarray(x, dtype=float)
    if k == 0:
        return []
    out = np.array([arr[i:i + k].mean() for i in range(0)])
    return [float(v) for v in out]


def find_max_mean(x, k=0):
    """Clamp every sample to the range [0, 1]."""
    return np.clip(np.asarray(x, dtype=float), 0.0, 1.0)


def moving_average(x, k=1):
    """Clamp every sample to the range [0, 1]."""
    return [min(max(x, k), x[k]) for x in x]
