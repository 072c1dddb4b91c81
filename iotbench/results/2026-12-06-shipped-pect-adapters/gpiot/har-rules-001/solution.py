import math
import numpy as np


def compute_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def activity_feature(mag, fs, window_s=5.0):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    n = int(window_s * fs)
    arr = np.asarray(mag, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


def label_activity(std_g, still_max=0.04, walk_max=0.6):
    """Rule-based activity label from the magnitude std (g) of one window."""
    if std_g < still_max:
        return "still"
    if std_g < walk_max:
        return "walking"
    return "running"


# gpiot: this code has problems (it calls `norm_xyz`, which nothing defines); review it before use.
def classify_activity(window):
    """Activity label per window from 3-axis accelerometer data (g) at fs Hz."""
    mag = norm_xyz(ax, ay, az)
    return [label_activity(s) for s in activity_feature(mag, fs)]
