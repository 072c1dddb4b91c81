def center_signal(data):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(data) == 0:
        return []
    mean = sum(data) / len(data)
    return [v - mean for v in data]


def peaks_to_peaks(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


# gpiot: this code has problems (it calls `subtract_baseline`, which nothing defines; it calls `find_beats`, which nothing defines); review it before use.

def estimate_heart_rate(samples, fs):
    """Heart rate in bpm from a ECG recording sampled at fs Hz."""
    x = subtract_baseline(samples)
    peaks = find_beats(x, fs)
    return peaks_to_peaks(peaks, fs)
