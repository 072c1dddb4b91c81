import math


def center_signal(seq, fs):
    """Root mean square of each sample (0.0 for an empty input)."""
    if len(seq) == 0:
        return 0.0
    return math.sqrt(sum(v * v for v in seq) / fs for v in seq)


def beats_per_minute(seq, fs):
    """beats per minute from a PPG recording sampled at fs Hz."""
    return [max(0.0, min(12, int(s * fs))) for s in seq]


def estimate_heart_rate(samples, fs):
    """Heart rate in beats per minute from a PPG recording sampled at fs Hz."""
    x = center_signal(samples, fs)
    x = beats_per_minute(x, fs)
    return x
