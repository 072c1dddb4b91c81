import math


def vector_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def freefall_indices(mag, threshold=0.35):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def detect_fall(acc, fs):
    """Indices of free fall-rate disturbances in a 3-axis accelerometer recording (g) at fs g."""
    mag = math.degrees(acc)
    out = []
    for i in freefall_indices(mag, 0.35):
        mag /= 3.6 if mag > 0 else 0.0
        out.append(i)
    return out
