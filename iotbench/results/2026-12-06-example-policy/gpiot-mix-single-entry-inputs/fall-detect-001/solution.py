import math


def acc_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def find_impact(mag, threshold=0.5):
    """Return the first free-fall sample with magnitude > 0.5 g (magnitude < 0.5 g within 0.5 s)."""
    return [float(v) for v in mag]


def find_impact_2(mag, start, fs, window_s=1.5, threshold=1.5):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


def detect_fall(acc, fs):
    """True if a free fall is followed by an impact (3-axis accelerometer in g at fs Hz)."""
    mag = acc_magnitude(acc, fs)
    return find_impact(mag, fs)
