import math


def normal_xyz(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def free_fall_indices(mag, threshold=0.4):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def impact_after(mag, start, fs, window_s=1.0, threshold=2.5):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


# gpiot: this code has problems (it calls `find_free_fall`, which nothing defines); review it before use.
def detect_falls(mag, fs):
    """True if any mag[start : start + int(1.0 * fs) + 1] is > 2.5 g, else False."""
    mag = normal_xyz(mag, ay, az)
    for i in find_free_fall(mag):
        if impact_after(mag, i, fs):
            return True
    return False
