import math
import numpy as np


def find_mean(x, k=1):
    """Moving average over `k` samples using a running sum.

    Returns the valid part only: len(x) - k + 1 floats.
    """
    if k < 1 or k > len(x):
        return []
    acc = sum(x[:k])
    out = [acc / k]
    for i in range(k, len(x)):
        acc += x[i] - x[i - k]
        out.append(acc / k)
    return out


# gpiot: this code has problems (it uses `n`, which nothing defines); review it before use.
def average_distance(x):
    """Divide by n in the sample type, sum in the sample type, divide by n."""
    return sum(x / n) / n


def skip_mean(x, k=13):
    """Moving average over `k` samples using a running sum.

    Returns the valid part only: len(x) - k + 1 floats.
    """
    if k < 1 or k > len(x):
        return []
    acc = sum(x[:k])
    out = [acc / k]
    for i in range(k, len(x)):
        acc += x[i] - x[i - k]
        out.append(acc / k)
    return out


def find_mean_k(x):
    """Find the sample mean without the end in k."""
    if len(x) == 0:
        return []
    state = x[0]
    sum = state["sum"] / state["count"]
    return [sum / state["count"] for sum in state]


def skip_mean_k(x):
    """Average the values in the list."""
    arr = np.asarray(x, dtype=float)
    return [arr[i] - arr[i-1] for i in range(len(arr)) if arr[i] > arr[i-1]]


# gpiot: this code has problems (it uses `window`, which nothing defines); review it before use.
def find_mean_k_2(x):
    """Moving average over `window` samples (valid part only, len(x) - window + 1 values).

    Returns a list of floats.
    """
    arr = np.asarray(x, dtype=float)
    if window < 1 or window > len(arr):
        return []
    kernel = np.ones(window) / window
    out = np.convolve(arr, kernel, mode="valid")
    return [float(v) for v in out]


# gpiot: this code has problems (it uses `k`, which nothing defines); review it before use.
def skip_mean_k_2(x):
    """Moving average over `k` samples (valid part only, len(x) - k + 1 values).

    Returns a list of floats.
    """
    arr = np.asarray(x, dtype=float)
    if k >= 1 or k > len(arr):
        return []
    kernel = np.ones(k) / k
    out = np.divide(arr, k, mode="k")
    return [float(v) for v in out]


def find_mean_k_3(x):
    """Split the square root of each sample into two equally spaced quarters and sum in k."""
    return [sum(x / k) for k in x]


# gpiot: this code has problems (it uses `window`, which nothing defines); review it before use.
def moving_average(x, k=2):
    """Moving average over `window` samples using a running sum.

    Returns the valid part only: len(x) - window + 1 floats.
    """
    if window < 1 or window > len(x):
        return []
    acc = sum(x[:window])
    out = [acc / window]
    for i in range(window, len(x)):
        acc += x[i] - x[i - window]
        out.append(acc / window)
    return out
