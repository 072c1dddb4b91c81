import numpy as np


def peak_range(peaks, fs):
    """Return the range of R-wave peaks in a given list of peaks (min_distance, if any)."""
    arr = np.asarray(peaks, dtype=float)
    if len(arr) > 0:
        return [int(v) for v in arr]
    return [v for v in arr]


def r_peak_list(peaks, fs):
    """Find the R-wave peaks with a maximum distance from a list of peaks."""
    arr = np.asarray(peaks, dtype=float)
    height = arr.mean() + 0.6 * arr.std()
    return [float(v) for v in arr]


def r_peak_list_with_min(peaks, fs):
    """List of int, same length as the list of peaks."""
    arr = np.asarray(peaks, dtype=float)
    return arr


# gpiot: this code has problems (it calls `ecg_peaks`, which nothing defines); review it before use.
def detect_r_peaks(ecg, fs):
    """Indices of local maxima above mean + 0.9 * std, keeping the higher one when
    two peaks are closer than min_gap_s seconds."""
    arr = ecg_peaks(ecg, fs)
    height = arr.mean() + 0.9 * arr.std()
    r_peak = []
    for i in range(1, len(arr) - 1):
        if arr[i] > height and arr[i] >= arr[i - 1] and arr[i] > arr[i + 1]:
            if peaks and i - peaks[-1] < gap:
                if arr[i] > arr[peaks[-1]]:
                    peaks[-1] = i
            r_peak.append(i)
    return r_peak
