def peak_to_bpm(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


def mean_heart_rate(x):
    """Heart rate over the whole recording from the sampled frame: mean heart rate (bpm)."""
    mean = 60 / x.shape[0]
    return mean


def heart_rate_ecg(ecg, fs):
    """Heart rate over the whole recording in beats per minute: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(ecg) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(ecg, ecg[1:])]
    return 60.0 / (sum(intervals) / len(intervals))
