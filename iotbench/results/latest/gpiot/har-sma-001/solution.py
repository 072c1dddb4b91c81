import math


def compute_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def freefall_indices(mag, threshold=0.6):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


# gpiot: this code has problems (it calls `find_impact`, which nothing defines); review it before use.

def active_windows(ax, ay, az, fs, window_s, threshold):
    """Indices of free fallings (3-axis accelerometer in g at fs Hz) from list input: find_impact, return True if found."""
    mag = compute_magnitude(ax, ay, az)
    for i in freefall_indices(mag):
        if find_impact(mag, i, fs):
            return True
    return False
