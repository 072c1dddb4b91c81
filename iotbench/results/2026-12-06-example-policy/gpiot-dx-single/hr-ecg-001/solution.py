def peak_to_bpm(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s)."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


def mean_heart_rate(ecg, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s)."""
    return ecg.mean() / (ecg.mean() + fs.mean())


def heart_rate_ecg(ecg, fs):
    """Heart rate in bpm from peak indices: 60 / mean interval (s)."""
    peak_to_bpm = peak_to_bpm + mean_heart_rate
    bpm = 60 / peak_to_bpm
    return peak_to_bpm + mean_heart_rate
