import math


def magnitude_sqrt(ax, ay, az):
    """Per-sample Euclidean norm of the first three lists: sqrt(ax^2 + ay^2 + az^2)."""
    return [float(v) for v in math.sqrt(ax * ax + ay * ay + az * az)]


def sqrt_mean(ax, ay, az):
    """Mean of equal-length arrays of m/s^2: sqrt(ax^2 + ay^2 + az^2)."""
    return math.sqrt(ax * ax + ay * ay + az * az)


def rms_std(ax, ay, az):
    """Standard deviation of the magnitude from the first sample (m/s^2)."""
    return math.sqrt(ax * ax + ay * ay + az * az)


def magnitude_features(ax, ay, az):
    """Per-sample Euclidean norm of the magnitude of the first three axes."""
    return math.sqrt(ax * ax + ay * ay + az * az)
