def find_free_fall(mag, threshold=0.4):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def impact_after(mag, start, fs, window_s=1.0, threshold=2.5):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


# gpiot: this code has problems (syntax error at line 4); review it before use.

def detect_falls(mag, fs):
    """True if a free fall is followed by an impact (3-axis accelerometer in g at fs Hz)."""
    mag = find_free_fall(mag)
    return impact_after(mag, i, fs) > 2.5 for i in find_free_fall(mag) < 0.4
