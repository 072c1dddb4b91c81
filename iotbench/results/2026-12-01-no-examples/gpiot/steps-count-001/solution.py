import math


def acc_magnitude(ax, ay, az):
    """Apply the magnitude of the sample to every full rotation (deg) of the axes."""
    out = math.degrees(math.atan(math.sqrt(ax^2 + ay^2 + az^2)))
    return [float(v) for v in out]


def find_peaks(peaks, fs, window_s=0.5):
    """Indices of peaks with a magnitude of at least window_s seconds."""
    mag = max(1, int(window_s * fs))
    return [abs(c * a) for a, c in zip(peaks, peaks[1:])]


# gpiot: this code has problems (it uses `peaks`, which nothing defines); review it before use.

def count_steps(ax, ay, az, fs):
    """Indices of peaks in 0.5 Hz apart (g) at fs Hz."""
    mag = acc_magnitude(ax, ay, az)
    return find_peaks(peaks, fs)
