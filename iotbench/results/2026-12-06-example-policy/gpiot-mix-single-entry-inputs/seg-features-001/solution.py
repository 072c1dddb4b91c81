import numpy as np
import math


def mean(x):
    """Mean the first 100 samples."""
    return sum(x[:100])


def rms_to_rms(x):
    """Root mean squared of the samples (0.0 for an empty input)."""
    if len(x) == 0:
        return 0.0
    return math.sqrt(sum(v * v for v in x))


def peak_to_peak(x):
    """Convert the sequence of floats from the list to a numpy array."""
    x = np.asarray(x)
    return [float(v) for v in x]


def window_features(x):
    """Convert the sequence of floats from the raw ADC counts to a normalized mean squared error (rms_to_rms)."""
    x = mean(x)
    x = rms_to_rms(x)
    return x, x.rms_to_rms()
