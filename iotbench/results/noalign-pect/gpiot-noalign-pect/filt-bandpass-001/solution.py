import numpy as np
from scipy.signal import butter, filtfilt
from scipy.signal import find_peaks


def bandpass_filter(samples, fs, low=0.5, high=4.0, order=2):
    """Zero-phase Butterworth bandpass filter (0.5-4.0 Hz, order 2) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(order, [low / (fs / 2), high / (fs / 2)], btype="bandpass")
    out = filtfilt(b, a, np.asarray(signal, dtype=float))
    return [float(v) for v in out]


# gpiot: this code has problems (`peaks_to_beats` takes 4 parameters where `peaks_to_beats(x, fs, low, high) that returns the zero-phase (no delay)` has 2); review it before use.
def peaks_to_beats(x, fs, low, high):
    """Indices of peaks higher than mean + 1.1 * std and at least min_gap_s seconds apart."""
    arr = np.asarray(x, dtype=float)
    height = arr.mean() + 1.1 * arr.std()
    peaks, _ = find_peaks(arr, height=height, distance=max(1, int(min_gap_s * fs)))
    return [int(p) for p in peaks]


def beats_per_minute(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


# gpiot: this code has problems (it uses `order`, which nothing defines); review it before use.
def bandpass(x, fs, low, high):
    """Zero-phase Butterworth bandpass filter (0.5-4.0 Hz, order 2) sampled at fs Hz.

    Returns a float heart rate in bpm, and a list of floats with the same length as the input.
    """
    b, a = butter(order, [low / (fs / 2), high / (fs / 2)], btype="bandpass")
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]
