def find_falls_above(mag, threshold=3.0):
    """Indices of the magnitude below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def impact_after(mag, start, fs, window_s=1.0, threshold=2.5):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


# gpiot: this code has problems (`detect_falls` never uses its parameter `fs`); review it before use.
def detect_falls(mag, fs):
    """True if the magnitude exceeds threshold g within fs Hz."""
    x = mag[0]
    x = x + 3.0 * (x - x) / (x - x)
    return x >= 2.5
