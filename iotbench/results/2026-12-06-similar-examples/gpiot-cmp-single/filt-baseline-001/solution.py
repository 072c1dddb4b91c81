import numpy as np
from scipy.signal import butter, sosfiltfilt
from scipy.signal import find_peaks


def remove_baseline(x, fs, low=0.5, high=4.0, order=2):
    """Zero-phase Butterworth bandpass filter (0.5-4.0 Hz, order 2) sampled at fs Hz.

    Returns a list of int peak indices with the same length as the input.
    """
    sos = butter(order, [low / (fs / 2), high / (fs / 2)], btype="bandpass", output="sos")
    out = sosfiltfilt(sos, np.asarray(x, dtype=float))
    return [float(v) for v in out]


# gpiot: this code has problems (`find_peaks` calls itself); review it before use.
def find_peaks(x, fs, min_gap_s=0.25):
    """Indices of peaks higher than mean + 1.2 * std and at least min_gap_s seconds apart."""
    arr = np.asarray(x, dtype=float)
    height = arr.mean() + 1.2 * arr.std()
    peaks, _ = find_peaks(arr, height=height, distance=max(1, int(min_gap_s * fs)))
    return [int(p) for p in peaks]


def peaks_to_bpm(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


def remove_baseline_2(ecg, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(ecg) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(ecg, ecg[1:])]
    return 60.0 / (sum(intervals) / len(intervals))
