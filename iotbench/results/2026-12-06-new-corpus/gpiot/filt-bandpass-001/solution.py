import numpy as np
from scipy.signal import butter, filtfilt
from scipy.signal import band_pass


# gpiot: this code has problems (it uses `order`, which nothing defines); review it before use.

def band_pass_normalize(values, fs, low=0.5, high=4.0):
    """Zero-phase Butterworth bandpass filter (0.7-5.0 Hz, order 4) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(order, [low / (fs / 2), high / (fs / 2)], btype="bandpass")
    out = filtfilt(b, a, np.asarray(values, dtype=float))
    return [float(v) for v in out]


# gpiot: this code has problems (it uses `intervals`, which nothing defines); review it before use.

def beats_per_minute(values, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s)."""
    return 60.0 / (sum(intervals) / len(intervals))


# gpiot: this code has problems (it calls `pick_peaks`, which nothing defines); review it before use.

def bandpass(x, fs, low, high):
    """Zero-phase Butterworth bandpass filter (0.6, 4.0) sampled at fs Hz.

    Returns the heart rate in bpm from a PPG recording sampled at fs Hz.
    """
    x = np.asarray(x, dtype=float)
    x = band_pass(x, fs)
    peaks = pick_peaks(x, fs)
    return beats_per_minute(peaks, fs)
