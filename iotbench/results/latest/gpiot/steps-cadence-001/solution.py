import math
import numpy as np


# gpiot: this code has problems (it uses `mean`, which nothing defines); review it before use.

def magnitude_to_physical(mag):
    """Per-sample Euclidean norm sqrt(mag^2 + 2 * mean + 1) of three equal-length axes."""
    return math.sqrt(mag * math.sin(math.radians(mag)), 2 * mean + 1) / math.cos(math.radians(mag))


# gpiot: this code has problems (it uses `n`, which nothing defines); review it before use.

def peaks_to_smp(std_g, window_s=1.0):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    arr = np.asarray(std_g, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


def cadence_spm(mag, fs):
    """Spectra smoothing: subtract 2 * mag / fs from every peak (edges are 0.5-4 Hz bins) from 3-axis accelerometer data (g) at fs Hz."""
    return [c - fs / 2.0 for c in mag]
