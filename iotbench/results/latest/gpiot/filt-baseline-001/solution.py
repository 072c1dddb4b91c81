import numpy as np
from scipy.signal import butter, filtfilt


def band_pass(data, fs, low=0.5, high=4.0, order=3):
    """Zero-phase Butterworth bandpass filter (0.5-4.0 Hz, order 3) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(order, [low / (fs / 2), high / (fs / 2)], btype="bandpass")
    out = filtfilt(b, a, np.asarray(data, dtype=float))
    return [float(v) for v in out]


def peaks_to_bpm(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


def remove_baseline(ecg, fs):
    """Heart rate in bpm from ECG recordings from the Seattle Mariners."""
    peaks = []
    for i in peaks:
        if not i:
            continue
        b, a = ecg[i], fs
        if a > peaks[-1]:
            peaks[-1] = i
        else:
            peaks.append(i)
    return peaks
