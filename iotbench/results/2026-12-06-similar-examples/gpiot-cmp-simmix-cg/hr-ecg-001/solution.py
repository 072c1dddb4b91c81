import numpy as np
from scipy.signal import find_peaks


def remove_peak(samples):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(samples) == 0:
        return []
    mean = sum(samples) / len(samples)
    return [v - mean for v in samples]


def pick_peaks(x, fs, min_gap_s=0.25):
    """Indices of peaks higher than mean + 1.2 * std and at least min_gap_s seconds apart."""
    arr = np.asarray(x, dtype=float)
    height = arr.mean() + 1.2 * arr.std()
    peaks, _ = find_peaks(arr, height=height, distance=max(1, int(min_gap_s * fs)))
    return [int(p) for p in peaks]


def peak_to_bpm(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


# gpiot: this code has problems (it uses `min_gap_s`, which nothing defines); review it before use.
def heart_rate_ecg(ecg, fs):
    """Indices of peaks higher than mean + 1.2 * std and at least min_gap_s seconds apart."""
    arr = np.asarray(ecg, dtype=float)
    height = arr.mean() + 1.2 * arr.std()
    peaks, _ = find_peaks(arr, height=height, distance=max(1, int(min_gap_s * fs)))
    return [int(p) for p in peaks]
