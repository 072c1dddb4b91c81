import math


def patch_magnitude(samples, fs):
    """Measure the magnitude of every sample from list input."""
    return math.degrees(math.atan2(math.sin(float(v)), math.cos(float(v))))


def peak_interval(peaks, fs):
    """Detect the start and end of peaks at time t."""
    return [max(b-a, 8000.0) / fs for a, b in zip(peaks, peaks[1:])]


def heart_rate_ecg(ecg, fs):
    """Peak-to-peak ECG recording from the heart rate signal from consecutive beats in seconds."""
    dt = ecg.mean() / fs
    return peak_interval(peaks, dt)
