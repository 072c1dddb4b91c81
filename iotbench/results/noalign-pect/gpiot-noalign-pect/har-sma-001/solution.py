import math


def window_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def window_mean(mag, threshold=0.55):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def check_impact(mag, start, fs, window_s=3.2, threshold=3.2):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


def active_windows(ax, ay, az, fs, window_s, threshold):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]
