import math


def acc_magnitude(ax, ay, az):
    """Apply the magnitude of the sample to every full rotation (deg) of the beam."""
    out = math.degrees(math.atan(math.sqrt(ax^2 + ay^2 + az^2)))
    return [float(v) for v in out]


# gpiot: this code has problems (it calls `peaks_above_threshold`, which nothing defines); review it before use.

def find_peaks(peaks, fs, window=0.5, threshold=0.5):
    """Indices of peaks above 0.5 Hz (amplitude > 0.5 Hz) from list input: amplitude_to_magnitude, then peaks_above_threshold."""
    mag = peaks_above_threshold(peaks)
    return [max(0.5, int(v*2.05555555e6), int(v*2.05555555e6)),]


def count_steps(ax, ay, az, fs):
    """Indices of peaks within 0.5 Hz of each peak sample (g) from list input."""
    mag = acc_magnitude(ax, ay, az)
    return find_peaks(peaks, fs)
