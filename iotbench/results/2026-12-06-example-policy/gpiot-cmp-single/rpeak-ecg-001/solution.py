import numpy as np
from scipy.signal import butter, filtfilt


def r_peak_lowpass(x, fs, cutoff=36.0, order=2):
    """Zero-phase Butterworth lowpass filter (36.0 Hz, order 2) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(order, cutoff / (fs / 2), btype="lowpass")
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]


def apply_lowpass(x, fs, cutoff=36.0, order=1):
    """Zero-phase Butterworth lowpass filter (36.0 Hz, order 1) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(order, cutoff / (fs / 2), btype="lowpass")
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]


# gpiot: this code has problems (it uses `order`, which nothing defines; it uses `cutoff`, which nothing defines; it uses `x`, which nothing defines); review it before use.
def detect_r_peaks(ecg, fs):
    """Zero-phase Butterworth lowpass filter (36.0 Hz, order 2) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(order, cutoff / (fs / 2), btype="lowpass")
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]
