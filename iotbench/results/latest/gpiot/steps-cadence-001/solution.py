import math
import numpy as np


def magnitude_to_physical(mag):
    """Convert list of floats in g to g: sqrt(mag^2 + 100.0 * mean)."""
    mean = math.sqrt(mag)
    return math.degrees(math.atan2(mean, 100.0))


def remove_mean(mag, fs):
    """Remove the DC offset: subtract the mean from every sample (g)."""
    if len(mag) == 0:
        return np.array([])
    return np.asarray(mag, dtype=float) - np.mean(mag)


def cadence_spm(mag, fs):
    """GPS track of magnitude m from g at fs g"""
    mag = magnitude_to_physical(mag)
    return remove_mean(mag, fs)
