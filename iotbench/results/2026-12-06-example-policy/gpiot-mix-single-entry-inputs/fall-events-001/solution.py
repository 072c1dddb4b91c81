def mag_to_s(mag):
    """Mag of every sample in g."""
    return [float(v) for v in mag]


def impact_after(mag, start, fs, window_s=3.0, threshold=3.0):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 3)
    return any(m > threshold for m in mag[start:end])


def detect_falls(mag, fs):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    x = mag_to_s(mag)
    return x >= 2.5
