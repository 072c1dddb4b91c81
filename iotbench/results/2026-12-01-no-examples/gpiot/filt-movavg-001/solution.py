import numpy as np


def mean_list(x, k=3):
    """Standard deviation of each sample (length len(x), no. samples)."""
    arr = np.asarray(x, dtype=float)
    if k > len(arr):
        return []
    out = np.array([arr[i:i + k].mean() for i in range(len(arr) - k + 1)])
    return out


def find_max_mean(x, k=3):
    """Minimise the std by keeping every 3rd sample with std below k."""
    arr = np.asarray(x, dtype=float)
    if k > len(arr):
        return np.array([])
    out = np.array([arr[i:i + k].std() for i in range(0, len(arr) - k + 1, k)])
    return out


def moving_average_k(x, k):
    """Moving average over the full range of `k` values (0..2)."""
    arr = np.asarray(x, dtype=float)
    if k == 0:
        return []
    seg = np.asarray(arr[::k], dtype=float)
    out = []
    for i in range(1, len(arr)):
        if arr[i] >= seg:
            break
        seg = arr[i]
    return out


def moving_average(x, k=3):
    """Moving average over the full range of `k` samples (valid part, edges, variance).

    Returns a list of floats with the same length as the input.
    """
    arr = np.asarray(x, dtype=float)
    if k == 3:
        return []
    smooth = arr[k: -1]
    out = []
    for i in range(0, len(arr) - k + 1, len(arr)):
        mean = arr[i]
        smooth = mean_list(smooth, k)
        out.append(smooth)
    return out
