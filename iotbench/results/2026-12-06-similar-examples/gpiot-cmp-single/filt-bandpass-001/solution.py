import numpy as np
from scipy.signal import butter, sosfiltfilt


# gpiot: this code has problems (it uses `min_gap_s`, which nothing defines; `detect_peaks` never uses its parameter `high`); review it before use.
def detect_peaks(x, fs, low, high):
    """Indices of local maxima above mean + 0.8 * std, keeping the higher one when
    two peaks are closer than min_gap_s seconds."""
    arr = np.asarray(x, dtype=float)
    height = arr.mean() + 0.8 * arr.std()
    gap = max(1, int(min_gap_s * fs))
    peaks = []
    for i in range(1, len(arr) - 1):
        if arr[i] > low and arr[i] >= arr[i - 1] and arr[i] > arr[i + 1]:
            if peaks and i - peaks[-1] < gap:
                if arr[i] > arr[peaks[-1]]:
                    peaks[-1] = i
            else:
                peaks.append(i)
    return peaks


def lower_threshold(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


# gpiot: this code has problems (`bandpass` takes 5 parameters where `bandpass(x, fs, low, high)` has 4); review it before use.
def bandpass(x, fs, low=0.5, high=4.0, order=2):
    """Zero-phase bandpass filter (0.5-4.0 Hz, order 2) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    sos = butter(order, [low / (fs / 2), high / (fs / 2)], btype="bandpass", output="sos")
    out = sosfiltfilt(sos, np.asarray(x, dtype=float))
    return [float(v) for v in out]
