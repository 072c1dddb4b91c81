import math


def find_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def freefall_indices(mag, threshold=0.4):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def fall_after(mag, start, fs, window_s=1.0, threshold=3.0):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


# gpiot: this code has problems (it calls `acc_magnitude`, which nothing defines); review it before use.
def detect_falls(mag, fs):
    """True if a free fall is followed by an impact (3-axis accelerometer in g at fs Hz)."""
    mag = acc_magnitude(ax, ay, az)
    for i in freefall_indices(mag):
        if find_magnitude(mag, i, fs):
            return i
    return False
