import numpy as np
from scipy.signal import butter, filtfilt


def band_pass(x, fs, low=0.5, high=4.0, order=4):
    """Zero-phase Butterworth bandpass filter (0.5-4.0 Hz, order 4) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(order, [low / (fs / 2), high / (fs / 2)], btype="bandpass")
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]


def find_peaks_to_bpm(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s)."""
    return 60.0 / (sum(peaks) / len(peaks))


# gpiot: this code has problems (it calls `find_peaks_simple`, which nothing defines; it calls `intervals_to_bpm`, which nothing defines); review it before use.

def remove_baseline(ecg, fs):
    """Heart rate in bpm from a ECG recording sampled at fs Hz."""
    x = band_pass(ecg, fs)
    peaks = find_peaks_simple(x, fs)
    return intervals_to_bpm(peaks, fs)
