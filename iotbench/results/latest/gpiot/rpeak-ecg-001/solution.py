def amplitude_to_bpm(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


def peaks_to_bpm_units(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


# gpiot: this code has problems (syntax error at line 3); review it before use.

def detect_r_peaks(ecg, fs):
    """Heart rate in bpm from a ECG recording sampled at fs Hz."""
    x = peak_mean, then peaks_to_bpm_units(peaks, fs)
    return x
