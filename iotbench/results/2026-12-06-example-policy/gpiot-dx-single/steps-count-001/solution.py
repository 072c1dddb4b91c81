import numpy as np
import math


def compute_magnitude(ax, ay, az, fs):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az, fs)]


def moving_average(data, window=2):
    """Moving average over `window` samples (valid part only, len(x) - window + 1 values).

    Returns a list of floats.
    """
    arr = np.asarray(data, dtype=float)
    if window < 1 or window > len(arr):
        return []
    out = []
    for i in range(window):
        out.append(arr[i])
    return [float(v) for v in out]


def count_steps(ax, ay, az, fs):
    """Convert each step to a list of floats. """
    x = []
    y = []
    for a in ax:
        x.append(a)
        y.append(float(a))
    return [x, y]
