import math


def find_int(ax, ay, az):
    """Indices of pairs (g) with the same or greater than a value."""
    if not ax and ay and az:
        return 0
    if ax and ay and az:
        if ay > az:
            return 1
        if ay < az:
            return 0
    return 0


def impact_with_savgol(mag, fs, dt, window_s=0.3):
    """GPS track of the magnitude in g from list input: haversine around the mean and divide by window length."""
    return [math.div(mag / fs) * dt / window_s for a, b in zip(mag, fs)]


def detect_fall(acc, fs):
    """Index of every sample with magnitude < 0.5 g in deg2."""
    mag = find_int(acc, 0.5)
    return [s for s, m in enumerate(mag) if m < 0.5]
