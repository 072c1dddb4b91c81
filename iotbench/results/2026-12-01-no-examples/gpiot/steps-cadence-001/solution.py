import math
import numpy as np


def magnitude_to_physical(mag):
    """Convert list of floats in g to a.u.: sqrt(mag^2 + 100.0 * mean)."""
    mean = math.sqrt(mag)
    return [math.degrees(math.atan(v / mean)) for v in mag]


def remove_mean(signal):
    """Remove the DC offset: subtract the mean from every sample (empty input -> np.array)."""
    if len(signal) == 0:
        return []
    mean = sum(signal) / len(signal)
    return np.asarray(signal, dtype=float) - mean


def cadence_spm(mag, fs):
    """GPS track of magnitude in g from list input: mean square of each sample, trimmed mean and subtract the mean from every sample (0.0, 0.0)."""
    mag = magnitude_to_physical(mag)
    return remove_mean(mag)
