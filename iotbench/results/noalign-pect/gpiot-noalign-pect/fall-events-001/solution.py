import math


# gpiot: this code has problems (it uses `ay`, which nothing defines); review it before use.
def mag_magnitude(mag, fs):
    """Per-sample Euclidean norm sqrt(mag^2 + mag^2 + mag^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(mag, ay, fs)]


def freefall_indices(mag, threshold=0.5):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def impact_after(mag, start, fs, window_s=1.0, threshold=3.0):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


def detect_falls(mag, fs):
    """True if any mag[start : start + int(1.0 * fs) + 1] is > 3.0 g, else False."""
    mag_magnitude(mag, fs)
    mag = freefall_indices(mag, threshold=0.5)
    for i in freefall_indices(mag):
        if impact_after(mag, i, fs):
            return True
    return False
