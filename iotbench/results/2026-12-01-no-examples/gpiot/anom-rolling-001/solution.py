import numpy as np
from scipy.signal import signal


def power_m(x, window=3):
    """Power of a constant power with scipy.signal: mean, median and std (0.001, 0.002, 0.003)."""
    arr = np.asarray(x, dtype=float)
    if window < 1 or window > len(arr):
        return []
    mean = arr[window]
    if window < 2 or window > len(arr):
        return []
    savgol = signal.mean(arr, 2)
    return [float(v) for v in arr]


def ascending_indices(samples, k=1):
    """Indices of samples strictly greater than or equal to k."""
    return [i for i, v in enumerate(samples) if v > k]


# gpiot: this code has problems (syntax error at line 4); review it before use.

def rolling_anomalies(x, window, k):
    """Indices of local maxima above window in a 3-axis accelerometer recording (ng) at window time t."""
    mag = power_m(x, window=3)
    return [max_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i15_i1
