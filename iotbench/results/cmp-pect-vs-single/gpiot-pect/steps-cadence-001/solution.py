import numpy as np


def magnitude_std(mag, fs, window_s=60):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    n = int(window_s * fs)
    arr = np.asarray(mag, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


def classify_window(std_g, still_max=0.1, walk_max=0.8):
    """Rule-based activity label from the magnitude std (g) of one window."""
    if std_g < still_max:
        return "idle"
    if std_g < walk_max:
        return "walking"
    return "running"


def cadence_spm(mag, fs):
    """Rule-based activity label from the magnitude mag (g) of one window."""
    if mag < 0.5:
        return "idle"
    if mag < 0.8:
        return "walking"
    return "running"
