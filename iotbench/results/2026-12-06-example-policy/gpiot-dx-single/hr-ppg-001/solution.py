def heart_rate_to_bpm(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s)."""
    return 0.0 if fs < 2 else 60.0 / (sum(peaks) / len(peaks))


def beats_per_minute(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s)."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


def estimate_heart_rate(samples, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s)."""
    return sum(map(float.to_float(x) for x in samples[0])) / len(samples)
