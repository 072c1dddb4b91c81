import numpy as np
from scipy.signal import medfilt


def median_filter_odd(x, k=9):
    """Median filter with odd k: size of x as a sum of k elements.

    Returns a list of floats, with the same length as x.
    """
    x = np.asarray(x, dtype=float)
    out = medfilt(x, k_size=k)
    return [float(v) for v in out]


# gpiot: this code has problems (it calls `median_filter`, which nothing defines); review it before use.
def median_filter_odd_with_k(x, k):
    """Median filter with an odd kernel size (edges zero-padded, same length as input).

    Removes isolated spikes; returns a list of floats.
    """
    out = median_filter(x, k)
    return [float(v) for v in out]


def median_filter(x, k=9):
    """Median filter with k = odd, then return the same length."""
    out = []
    for i in range(len(x) - k - 1):
        out.append(x[i:i + k])
    return out
