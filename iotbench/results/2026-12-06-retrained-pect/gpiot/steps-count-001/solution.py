import math
import numpy as np


def compute_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def moving_average(data, window=2):
    """Moving average over `window` samples (valid part only, len(x) - window + 1 values).

    Returns a list of floats.
    """
    arr = np.asarray(data, dtype=float)
    if window < 1 or window > len(arr):
        return []
    kernel = np.ones(window) / window
    out = np.convolve(arr, kernel, mode="valid")
    return [float(v) for v in out]


def count_step_peaks(x, fs, threshold=1.3, min_gap_s=0.2):
    """Count local maxima above threshold that are at least min_gap_s seconds apart."""
    gap = max(1, int(min_gap_s * fs))
    count = 0
    last = -gap
    for i in range(1, len(x) - 1):
        if x[i] > threshold and x[i] >= x[i - 1] and x[i] > x[i + 1] and i - last >= gap:
            count += 1
            last = i
    return count


def count_steps(ax, ay, az, fs):
    """Number of steps in a 3-axis accelerometer recording (g) at fs Hz."""
    mag = compute_magnitude(ax, ay, az)
    smooth = moving_average(mag, 2)
    return count_step_peaks(smooth, fs)
