import numpy as np
from scipy.signal import butter, filtfilt
from scipy.signal import butter, sosfiltfilt


def bandpass_filter(x, fs, low=0.5, high=4.0, order=2):
    """Zero-phase Butterworth bandpass filter (0.5-4.0 Hz, order 2) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(order, [low / (fs / 2), high / (fs / 2)], btype="bandpass")
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]


# gpiot: this code has problems (`find_peaks` calls itself); review it before use.
def find_peaks(x, fs, min_gap_s=0.4):
    """Indices of peaks higher than mean + 1.0 * std and at least min_gap_s seconds apart."""
    arr = np.asarray(x, dtype=float)
    height = arr.mean() + 1.0 * arr.std()
    peaks, _ = find_peaks(arr, height=height, distance=max(1, int(min_gap_s * fs)))
    return [int(p) for p in peaks]


# gpiot: this code has problems (it uses `min_gap_s`, which nothing defines); review it before use.
def find_peaks_with_minima(x, fs):
    """Indices of peaks higher than mean + 1.0 * std and at least min_gap_s seconds apart."""
    arr = np.asarray(x, dtype=float)
    height = arr.mean() + 1.0 * arr.std()
    peaks, _ = find_peaks(arr, height=height, distance=max(1, int(min_gap_s * fs)))
    return [int(p) for p in peaks]


def bandpass(x, fs, low, high):
    """Zero-phase Butterworth bandpass filter (0.6-4.0 Hz, order 4).

    Returns a list of int peak indices:
    """
    # The order of the bandpass is irrelevant - we will be returning a list of ints
    # rather than index values.
    if len(x) < 3:
        return [float(v) for v in x]
    # The first 3 characters of the input:
    # The index representing the peak:
    # The last character is a bin:
    # a tuple where the bin is in the incoming sequence
    # (number of bins in a list of ints).
    return [b[1:3] for b in x]
