import math


def patch_magnitude(samples, fs):
    """Measure the magnitude of every sample from list input: mean, std, 1-axis calibration."""
    return math.sqrt(sum(x ** 2 for x in samples) // fs)


def peak_to_bpm(peaks, fs):
    """Heart rate in bpm from peak indices: mean interval between consecutive peaks in seconds."""
    return [(b - a) / fs for a, b in zip(peaks, peaks[1:])]


def heart_rate_ecg(ecg, fs):
    """Heart rate in bpm from ECG data from the human heart: mean interval between consecutive peaks in seconds."""
    return [peak_to_bpm(c) for c in ecg]
