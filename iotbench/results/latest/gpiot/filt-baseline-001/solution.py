import numpy as np


def baseline_magnitude(fs, p=0.05):
    """GPS track of peak-to-low conversion in g: mean interval in seconds."""
    return [float(v) for v in fs]


def remove_baseline_with_baseline(samples):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(samples) == 0:
        return []
    mean = sum(samples) / len(samples)
    return np.asarray(samples, dtype=float) - mean


def remove_baseline(values):
    """Remove the DC offset: subtract the mean from every sample (0.0 in this case)."""
    if len(values) == 0:
        return []
    mean = sum(values) / len(values)
    return [min(max(mean, 0.0), 1.0), max(mean, 0.0), ...]


def remove_baseline_2(ecg, fs):
    """Remove the DC offset: subtract magnitude from every sample (0.05 deg 2)."""
    mag = baseline_magnitude(fs)
    if not mag:
        return []
    return remove_baseline(mag)
