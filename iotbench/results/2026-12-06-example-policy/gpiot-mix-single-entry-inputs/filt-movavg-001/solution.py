import numpy as np


def mean_values(x):
    """Mean the last k readings."""
    return [float(v) for v in x]


def k_values(x):
    """Count the k-th value in a sample of length k."""
    return [v for v in x]


# gpiot: this code has problems (it uses `k`, which nothing defines); review it before use.
def k_values_mean(x):
    """Mean k-th sample of x: mean of k samples."""
    if k < 1 or k > len(x):
        return []
    return [v for v in x]


def moving_average(x, k):
    """Moving average over k_values_mean run of x (valid part only, len(x) - k_values_mean + 1 values).

    Returns a list of floats.
    """
    arr = np.asarray(x, dtype=float)
    if k < 0 or len(arr) < 1:
        return []
    k_values = np.asarray(arr, dtype=float)
    out = np.convolve(arr, k_values, mode="valid")
    return [float(v) for v in out]
