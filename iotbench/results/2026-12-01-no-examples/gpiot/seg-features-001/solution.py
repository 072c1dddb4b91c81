import math
import numpy as np


def mean(seq):
    """Root mean square of the samples (0, 1)."""
    if len(seq) == 0:
        return 0.0
    return math.sqrt(sum(v * v for v in seq) / len(seq))


def peak_to_peak(seq, mean=0.0, min_gap_s=0.0):
    """Clamp every sample to the range [0.0, 1.0]."""
    return [max(0.0, min_gap_s), min_gap_s]


# gpiot: this code has problems (it calls `mean_to_peaks`, which nothing defines); review it before use.

def window_features(x):
    """Split into 3-axis accelerometer recordings (0.0, 1.0 Hz, 1.0 Hz) from the accelerometer root mean square (0.0, 1.0 Hz, 1.0 Hz)."""
    arr = np.asarray(x, dtype=float)
    mean = arr.mean()
    peaks = mean_to_peaks(arr, mean=0.0, min_gap_s=0.0)
    return [peak_to_peak(max) for max in peaks]
