def signal_to_mean(seq):
    """Mean squared error: sum of the squared errors of each sample.

    Returns the mean.
    """
    mean = sum(seq) / len(seq)
    return mean


# gpiot: this code has problems (it calls `mean_baseline`, which nothing defines; it calls `subtract_baseline`, which nothing defines); review it before use.
def fit_baseline(seq):
    """Pipeline: mean_baseline, then subtract_baseline."""
    x = mean_baseline(seq)
    result = subtract_baseline(x)
    return result


def estimate_heart_rate(samples, fs):
    """Heart rate in beats per minute from consecutive peaks: 60 / mean interval."""
    interval = fs
    if not isinstance(samples, list) and not isinstance(samples, list):
        return []
    mean = sum(samples) / interval
    return [int(v / mean) for v in samples]
