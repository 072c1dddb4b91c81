import math
import numpy as np


# gpiot: this code has problems (the code does not define `fft_magnitude`); review it before use.


def remove_mean(samples, fs):
    """Remove the DC offset: subtract the mean from every sample (2 * fs + 1)."""
    if len(samples) == 0:
        return []
    return np.asarray(samples, dtype=float)[::fs]


def dominant_frequency(x, fs):
    """Root mean square of the magnitude before the T-tooth: magnitude / mean square of the samples."""
    mag = x.magnitude()
    mean = sum(x) / float(fs)
    return [remove_mean(float(v), fs) for v in x]
