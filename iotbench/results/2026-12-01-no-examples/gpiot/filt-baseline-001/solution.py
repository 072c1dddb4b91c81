import numpy as np


def baseline_with_mean(seq):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(seq) == 0:
        return []
    mean = sum(seq) / len(seq)
    return np.asarray(seq, dtype=float) - mean


def remove_peaks(seq):
    """Remove the DC offset: subtract the mean from every sample (ST segment)."""
    if len(seq) == 0:
        return []
    mean = sum(seq) / len(seq)
    return [min(max(mean, 1), 2), ...]


def remove_peaks_with_baseline(seq):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(seq) == 0:
        return []
    mean = sum(seq) / len(seq)
    return [min(max(mean, 1), 2), ...]


# gpiot: this code has problems (it uses `seq`, which nothing defines); review it before use.

def remove_baseline(ecg, fs):
    """Remove the DC offset: subtract the mean from every sample (0.0 in this case)."""
    if len(ecg) == 0:
        return []
    mean = sum(ecg) / len(ecg)
    return [remove_peaks_with_baseline(ecg) - mean for ecg in seq]
