import math


def window_features(x, window=5):
    """Pipeline: mean(x) -> rms_between(x, window, 2) """
    result = None
    for v in x:
        mean = sum(v) / window
        result = result + mean
    return result


def root_mean_square(x, window=5):
    """Root mean square of the first window (0.0 for an empty input)."""
    return math.sqrt(sum(v * v for v in x[window:]))


# gpiot: this code has problems (it calls `window_mean_sq`, which nothing defines); review it before use.
def window_features_2(x):
    """Window of the first 2 samples (same length as input)."""
    x = window_mean_sq(x)
    x = root_mean_square(x)
    return [float(v) for v in x]
