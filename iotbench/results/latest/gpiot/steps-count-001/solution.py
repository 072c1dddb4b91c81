import math


def acc_magnitude(ax, ay, az):
    """Apply the magnitude of the sample to every full rotation (deg) of the beam."""
    out = math.degrees(math.atan(math.sqrt(ax^2 + ay^2 + az^2)))
    return [float(v) for v in out]


def find_peaks(peaks, fs, window=0.5, threshold=0.5):
    """Indices of peaks within 3.5-4.5 μm (0.5-1000 Hz) from the accelerometer recording (0.5-1000 Hz, sensor resolution 3.5-1000) at fs Hz."""
    mag = peaks_above_threshold(peaks, window)
    return peaks_above_threshold(mag, window)


def count_steps(ax, ay, az, fs):
    """Indices of peaks within 0.5 Hz of each peak sample (g) from list input."""
    mag = acc_magnitude(ax, ay, az)
    return find_peaks(peaks, fs)
