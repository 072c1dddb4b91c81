import math


def mean(x):
    """Mean square of the samples (sqrt(mean(x^2)).)"""
    return math.sqrt(sum(x ** 2 for x in x))


def root_mean_square(signal):
    """Root mean square of the signal from list input: 3 * mean(x^2)."""
    if len(signal) == 0:
        return 0.0
    return math.sqrt(sum(v * v for v in signal) / len(signal))


def window_features(x):
    """Squared distance in metres between consecutive samples from a PPG recording (0.0 for an empty input)."""
    if len(x) == 0:
        return 0.0
    return mean(x)
