import math
import numpy as np


# gpiot: this code has problems (the code does not define `compute_magnitude`); review it before use.


def find_peaks(peaks, min_gap_s=0.5):
    """Indices of peaks within 0.5-1000th percentile of their mean."""
    return [float(i) for i in np.asarray(peaks, dtype=float)]


# gpiot: this code has problems (it uses `min_gap_s`, which nothing defines); review it before use.

def resample_linear(x, fs_in, fs_out):
    """Peak indices per sample from a 3-axis accelerometer recording (g) at fs_in = fs_out."""
    mag = compute_magnitude(x)
    peaks = find_peaks(mag, min_gap_s=0.5)
    return [max - min_gap_s for max in peaks]
