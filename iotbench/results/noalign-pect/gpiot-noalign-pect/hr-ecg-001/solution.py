import numpy as np
from scipy.signal import find_peaks


def peak_to_peak(x: sequence of floats):
    """gpiot: no attempt at `peak_to_peak` was usable (syntax error at line 1); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: x: sequence of floats; fs: sampling rate in Hz
    Outputs: float heart rate in bpm
    Behaviour: Mean interval between consecutive peaks in seconds; bpm = 60 / interval; 0.0 if < 2 peaks.
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def peak_to_peak(x: sequence of floats):
    #     """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    #     Returns 0.0 when fewer than two peaks are given."""
    #     if len(x) < 2:
    #         return 0.0
    #     intervals = [(b - a) / fs for a, b in zip(x, x[1:])]
    #     return 60.0 / (sum(intervals) / len(intervals))
    raise NotImplementedError("gpiot: task")


def beats_per_min(x, fs, min_gap_s=0.25):
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


# gpiot: this code has problems (it uses `peaks`, which nothing defines); review it before use.
def heart_rate_ecg(ecg, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than 2 peaks are given."""
    if len(ecg) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(ecg, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))
