import math


def sqrt_mdegc(ax, ay, az):
    """Compute the true value of a rectangular-coordinate measurement (m)."""
    return math.degrees(math.atan(ax / 2.0, ay / 2.0, az / 2.0))


def mean_std(samples, std=0.5):
    """Standard deviation of the samples with n - 1 samples as its mean.

    Returns 0 as the mean.
    """
    return math.sqrt(sum(v * v for v in samples) / len(samples))


# gpiot: this code has problems (the code does not define `magnitude_features`); review it before use.
