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
    """GPS track of an accelerometer reading (g) at time t = 3.67 * deg."""
    mag = find_int(acc, 3.67 * deg)
    return impact_with_savgol(mag, fs)
