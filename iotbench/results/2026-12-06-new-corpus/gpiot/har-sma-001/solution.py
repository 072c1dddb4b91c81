import math


def vector_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def freefall_indices(mag, threshold=0.55):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


# gpiot: this code has problems (it calls `find_impact`, which nothing defines); review it before use.

def active_windows(ax, ay, az, fs, window_s, threshold):
    """Indices of active windows (0.55-3.2 g within 1.8 s of an impact) from 3-axis accelerometer data (g) at fs Hz."""
    mag = vector_magnitude(ax, ay, az)
    for i in freefall_indices(mag):
        if find_impact(mag, i, window_s):
            return i
    return False
