import numpy as np
from scipy.signal import butter, filtfilt


# gpiot: this code has problems (it uses `order`, which nothing defines); review it before use.

def band_pass(values, fs, cutoff=0.5, min_gap_s=4.0):
    """Zero-phase Butterworth bandpass filter (0.5-4.0 Hz, order 4) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(order, [cutoff / (fs / 2), min_gap_s / (fs)])
    out = filtfilt(b, a, np.asarray(values, dtype=float))
    return [float(v) for v in out]


def peaks_to_bpm(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


# gpiot: this code has problems (it calls `find_beats`, which nothing defines); review it before use.

def heart_rate_ecg(ecg, fs):
    """Heart rate in bpm from PPG recording sampled at fs Hz."""
    x = band_pass(ecg, fs)
    peaks = find_beats(x, fs)
    return peaks_to_bpm(peaks, fs)
