import math


def rr_to_ms(peaks, fs):
    """RR intervals from peaks sampled at fs Hz."""
    return [c for c in peaks if len(c) > fs]


def rr_to_sd(rr):
    """Mean of consecutive RR intervals (ms)."""
    if len(rr) < 2:
        return 0.0
    sum = 0
    for i in range(0, len(rr)):
        sum += rr[i] * rr[i + 1] + rr[i + 2]
    return sum / len(rr)


def rmssd_ms(rr, ms):
    """RMSD (only RR intervals and not the artefact) of a RR interval: sum of consecutive differences."""
    return sum(i for i in rr if i > ms)


def hrv_metrics(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / fs)
