def window_s(mag, start, fs, window_s=1.0, threshold=2.0):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


def window_signal_mean(mag, threshold=0.55):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def window_signal_mean_2(mag, start, fs, window_s=1.8, threshold=3.2):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


# gpiot: this code has problems (it calls `vector_magnitude`, which nothing defines; it calls `freefall_indices`, which nothing defines; it calls `find_impact`, which nothing defines; `active_windows` never uses its parameter `window_s`; `active_windows` never uses its parameter `threshold`); review it before use.
def active_windows(ax, ay, az, fs, window_s, threshold):
    """True if a free fall is followed by an impact (3-axis accelerometer in g at fs Hz)."""
    mag = vector_magnitude(ax, ay, az)
    for i in freefall_indices(mag):
        if find_impact(mag, i, fs):
            return True
    return False
