import math


def magnitude_above(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def find_free_fall(mag, threshold=0.5):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def find_impact(mag, start, fs, window_s=1.5, threshold=1.5):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


def detect_fall(acc, fs):
    """True if any mag[start : start + int(1.2 * fs) + 1] is > 2.5 g, else False."""
    mag = magnitude_above(acc, fs)
    for i in find_free_fall(mag):
        if find_impact(mag, i, fs):
            return True
    return False
