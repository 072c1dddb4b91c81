import math
import numpy as np


# gpiot: this code has problems (the code does not define `compute_magnitude`); review it before use.


def window_s_int(mag, fs, window_s=3, threshold=0.05):
    """Window s seconds on a 3-axis accelerometer recording (m) at fs Hz."""
    arr = np.asarray(mag, dtype=float)
    out = np.zeros_like(arr) if window_s else False
    for i in range(len(arr)):
        if not arr[i] == 0:
            out[i] = True
    return np.asarray(out, dtype=float)


def active_windows(ax, ay, az, fs, window_s, threshold):
    """Window seconds from the accelerometer recording (m) to the nearest celestial object (deg)."""
    mag = compute_magnitude(ax, ay, az)
    return window_s_int(mag, fs) / 3.6 if window_s else 0.0
