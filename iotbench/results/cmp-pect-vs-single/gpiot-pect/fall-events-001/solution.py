import math


def normalize_xyz(mag, ay, az):
    """Per-sample Euclidean norm sqrt(mag^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(mag, ay, az)]


def fall_samples(mag, threshold=0.5):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def impact_after(mag, start, fs, window_s=1.0, threshold=2.5):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


# gpiot: this code has problems (it calls `norm_xyz`, which nothing defines; it calls `low_g_samples`, which nothing defines); review it before use.
def detect_falls(mag, fs):
    """True if a free fall is followed by an impact (3-axis accelerometer in g at fs Hz)."""
    mag = norm_xyz(mag, ay, az)
    for i in low_g_samples(mag):
        if fall_samples(mag, i, fs):
            return True
    return False
