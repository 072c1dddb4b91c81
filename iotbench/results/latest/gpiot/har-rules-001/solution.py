import math
import numpy as np


# gpiot: this code has problems (the code does not define `compute_magnitude`); review it before use.


# gpiot: this code has problems (it uses `n`, which nothing defines); review it before use.

def segment_std(mag, fs):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    arr = np.asarray(mag, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


def activity_from_std(std_g, still_max=0.08, walk_max=0.6):
    """Rule-based activity label from the magnitude std (g) of one window."""
    if std_g < still_max:
        return "still"
    if std_g < walk_max:
        return "walking"
    return "running"


def classify_activity(window):
    """Activity label per window from 3-axis accelerometer data (g) at fs Hz."""
    mag = compute_magnitude(window)
    return [activity_from_std(s) for s in segment_std(mag, window)]
