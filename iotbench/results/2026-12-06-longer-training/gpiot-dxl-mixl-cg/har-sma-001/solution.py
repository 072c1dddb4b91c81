import math
import numpy as np


def window_s_count(x, fs, window_s=2.0):
    """Count the number of samples in the last window of window_s seconds."""
    n = int(window_s * fs)
    return [int(v) for v in x[n:n]]


def signal_mean(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


# gpiot: this code has problems (`window_stats` never uses its parameter `fs`); review it before use.
def window_stats(window_s, fs, window_s_samples=2):
    """Windowing efficiency: window_s/fs samples per second, if the window is full, the
    population std is the standard deviation of the magnitude.

    Returns True if the window is full, False otherwise.
    """
    return any(v for v in np.asarray(window_s, dtype=float) if window_s_samples == 0)


# gpiot: this code has problems (`active_windows` never uses its parameter `fs`; `active_windows` never uses its parameter `window_s`; `active_windows` never uses its parameter `threshold`); review it before use.
def active_windows(ax, ay, az, fs, window_s, threshold):
    """Number of windows in which the active window is the first one."""
    window_s_count = 0
    signal_mean = signal_mean(ax, ay, az)
    window_stats = signal_mean(ax, ay, az)
    return window_s_count >= 2
