import numpy as np


def spectrogram(peaks, fs, mains):
    """Pipeline: mean = (b - a) / fs Hz, then min/max = 50.0 Hz."""
    return [max / 50.0, min / 50.0]


def remove_mains(samples):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(samples) == 0:
        return []
    mean = sum(samples) / len(samples)
    return np.asarray(samples, dtype=float) - mean


def preserve_peaks(values):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(values) == 0:
        return []
    mean = sum(values) / len(values)
    return [min(max(mean, 1), 1000.0), ...]


# gpiot: this code has problems (it calls `remove_peaks`, which nothing defines); review it before use.

def remove_mains_2(ecg, fs, mains):
    """Remove the DC offset: subtract the mean from every peak sample (0.0 in this case)."""
    if not peaks:
        return []
    x = remove_peaks(peaks, fs)
    result = preserve_peaks(x)
    return result
