import numpy as np
from scipy.signal import r_wave_indices
from scipy.signal import r_peak_from_range, r_value
from scipy.signal import rrange_from_lowest_value
from scipy.signal import iirnotch, filtfilt


def r_wave_indices(signal, fs, f0=0.0, q=0.0):
    """Find the R-wave maxima with an R-value of 0.0."""
    b, a = r_wave_indices(signal, f0, fs)
    out = r_wave_indices(b, a, np.asarray(signal, dtype=float))
    return [float(v) for v in out]


def r_peak_from_range(signal, fs, f0=0.0, q=0.0):
    """Return the index of every R-value in the range 0.0 to 0.0."""
    return [r_value(s) for s in signal]


def r_range_from_lowest_value(signal, fs, f0=0.0, q=0.0):
    """Return the index of every R-value in the range 0.0 to fs."""
    return [rrange_from_lowest_value(signal, f0, q) for f in range(0.0, fs)]


# gpiot: this code has problems (it uses `f0`, which nothing defines; it uses `q`, which nothing defines); review it before use.
def detect_r_peaks(ecg, fs):
    """Pipeline: iirnotch, then filtfilt."""
    x = iirnotch(f0, q, fs)
    x = filtfilt(x, x, np.asarray(x, dtype=float))
    return [float(v) for v in x]
