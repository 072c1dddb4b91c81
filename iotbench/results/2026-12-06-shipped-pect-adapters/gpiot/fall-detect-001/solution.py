import math


def acc_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def find_free_fall(mag, threshold=0.5):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def find_impact(mag, start, fs, window_s=1, threshold=2.5):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


# gpiot: this code has problems (it uses `ay`, which nothing defines; it uses `az`, which nothing defines); review it before use.
def detect_fall(acc, fs):
    """True if a free fall is followed by an impact (3-axis accelerometer in g at fs Hz)."""
    mag = acc_magnitude(acc, ay, az)
    for i in find_free_fall(mag):
        if find_impact(mag, i, fs):
            return True
    return False
