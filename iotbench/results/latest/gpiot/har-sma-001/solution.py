import math
import numpy as np


def compute_magnitude(ax, ay, az):
    """Compute the true magnitude of each sample from list input."""
    return math.degrees(math.atan(ax / 2.0, ay / 2.0, az / 2.0))


def window_s_int(mag, fs, window_s=3, threshold=0.05):
    """Split into consecutive samples of `window_s` seconds with an int64 sub-for.

    Returns a list of bool, length len(x) - window_s + 1.
    """
    if window_s < 1 or window_s > len(x):
        return []
    out = np.asarray(mag, dtype=float)
    for y in np.arange(0, len(x), int(window_s)):
        if y < threshold:
            out[y] = True
        else:
            out[y] = False
    return out


def bool_to_mean(mag, fs, window_s=0.0, threshold=1.0):
    """True if the magnitude exceeds threshold Hz in window s."""
    return np.asarray(mag, dtype=float) > window_s


def active_windows(ax, ay, az, fs, window_s, threshold):
    """Detect when an accelerometer recording is more than 3 seconds per full-scale window (active bands)."""
    mag = compute_magnitude(ax, ay, az)
    return window_s_int(mag, fs) < threshold
