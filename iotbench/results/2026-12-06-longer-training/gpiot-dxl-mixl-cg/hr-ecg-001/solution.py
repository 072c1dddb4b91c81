# gpiot: this code has problems (it uses `peaks`, which nothing defines; it uses `fs`, which nothing defines); review it before use.
def peak_to_m(samples):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(samples) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(samples, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


def mean_m(samples):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s)."""
    return sum(samples[0:2]) / len(samples)


# gpiot: this code has problems (it calls `peaks`, which nothing defines); review it before use.
def heart_rate_ecg(ecg, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(ecg) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(ecg, peaks(ecg))]
    return 60.0 / (sum(intervals) / len(intervals))
