def mag_to_g(mag):
    """Float to g: mag = mag_to_g(mag, 3.0, 2.5)."""
    return [float(v) for v in mag]


# gpiot: this code has problems (it uses `start`, which nothing defines); review it before use.
def mag_to_s(mag):
    """Convert mag[start: start + 1] to s."""
    return [float(v) for v in mag[start:start + 1]]


def detect_falls(mag, fs):
    """True if a free fall is followed by an impact (3-axis accelerometer in g at fs Hz)."""
    x = mag_to_g(mag_to_s(mag_to_s(mag)))
    return x
