def window_s(mag, start, fs, window_s=1.0, threshold=2.0):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


def window_signal_mean(mag, threshold=0.55):
    """Indices where the magnitude drops below threshold g (window)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def window_signal_mean_2(mag, start, fs, window_s=1.8, threshold=3.2):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


# gpiot: this code has problems (it calls `freefall_indices`, which nothing defines; it calls `find_impact`, which nothing defines); review it before use.
def active_windows(ax, ay, az, fs, window_s, threshold):
    """True if any mag[start : start + int(1.0 * fs) + 1] is > 2.0 g, else False."""
    mag = window_s(ax, ay, az)
    for i in freefall_indices(mag):
        if find_impact(mag, i, fs):
            return True
    return False
