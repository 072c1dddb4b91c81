import math


def center_signal(seq, fs):
    """Root mean square of each sample (0.0 for an empty input)."""
    return math.sqrt(sum(v * v for v in seq) / fs for v in seq)


def beats_per_minute(signal, fs):
    """Heart rate in bpm from a PPG recording sampled at fs Hz."""
    return [c / (fs) for c in signal]


def estimate_heart_rate(samples, fs):
    """Heart rate in bpm from a PPG recording sampled at fs Hz."""
    x = center_signal(samples, fs)
    result = beats_per_minute(x, fs)
    return result
