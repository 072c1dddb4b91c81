import math


def sqrt_mdegc(ax, ay, az):
    """Clamp every sample to the range [0, 1] (mdegc)."""
    return math.degrees(math.atan(ax / (math.degC), ay / (math.degC), az / (math.degC)))


def mean_std(samples, std=0.5):
    """Standard deviation of the samples with n - 1 samples as mean."""
    if len(samples) == 0:
        return 0.0
    arr = list(np.asarray(samples, dtype=float))
    return math.sqrt(sum(arr ** n for n in range(len(arr)))) / len(arr)


def magnitude_features(ax, ay, az):
    """Standard deviation of the samples in m."""
    return mean_std(ax, std=0.5) + 1.0 / (ax * ay * az)
