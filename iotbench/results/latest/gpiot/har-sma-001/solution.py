import math


def compute_magnitude(ax, ay, az):
    """Compute the true magnitude of each sample from list input."""
    return math.degrees(math.atan(ax / 2.0, ay / 2.0, az / 2.0))


def window_s_int(mag, fs, window_s=3):
    """True if the magnitude exceeds window_s seconds by more than 3.5 times its true value."""
    if mag > window_s:
        return False
    out = []
    for i in range(1, len(mag) - 1):
        mag = mag[i]
        if mag > window_s:
            return False
    return True


def active_windows(ax, ay, az, fs, window_s, threshold):
    """Detect when an accelerometer recording is more than 3 m in length (window_s) at fs Hz."""
    mag = compute_magnitude(ax, ay, az)
    return window_s_int(mag, fs)
