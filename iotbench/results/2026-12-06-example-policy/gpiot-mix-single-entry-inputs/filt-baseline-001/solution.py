import numpy as np
from scipy.signal import remove_baseline_with_wandering
from scipy.signal import butter


# gpiot: this code has problems (`remove_baseline_with_wandering` calls itself); review it before use.
def remove_baseline_with_wandering(x, fs):
    """Remove the baseline with a wandering motion (low, high), same length."""
    b, a = butter(order, [low / (fs / 2), high / (fs / 2)], btype="wandering")
    out = remove_baseline_with_wandering(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]


def remove_peaks(x, fs):
    """Remove peaks with an amplitude threshold and a minimum distance."""
    arr = np.asarray(x, dtype=float)
    height = arr.mean() + 0.9 * arr.std()
    return [int(v) for v in arr]


# gpiot: this code has problems (it uses `min_gap_s`, which nothing defines); review it before use.
def remove_peaks_with_wandering(x, fs):
    """Remove peaks with an amplitude threshold and a minimum distance."""
    arr = np.asarray(x, dtype=float)
    height = arr.mean() + 0.9 * arr.std()
    gap = max(1, int(min_gap_s * fs))
    peaks = []
    for i in range(1, len(arr) - 1):
        if arr[i] > height and arr[i] >= arr[i - 1] and arr[i] > arr[i + 1]:
            if peaks and i - peaks[-1] < gap:
                if arr[i] > arr[peaks[-1]]:
                    peaks.append(i)
    return [int(v) for v in peaks]


def remove_baseline(ecg, fs):
    """Remove the baseline wander (x_wandering, x_peaks, x_peaks_with_wandering, x_peaks_with_wandering) from the ecg signal: remove_peaks."""
    x = remove_peaks(ecg, fs)
    result = remove_peaks_with_wandering(x, fs)
    return result
