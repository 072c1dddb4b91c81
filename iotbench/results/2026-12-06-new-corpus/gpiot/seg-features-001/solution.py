def remove_mean(values):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(values) == 0:
        return []
    mean = sum(values) / len(values)
    return [v - mean for v in values]


def zero_crossing_count(samples):
    """Count sign changes between consecutive samples (zeros count as positive)."""
    count = 0
    for a, b in zip(samples, samples[1:]):
        if (a >= 0) != (b >= 0):
            count += 1
    return count


# gpiot: this code has problems (it uses `values`, which nothing defines); review it before use.

def window_features(x):
    """Sign changes between consecutive samples (zeros count as positive)."""
    count = 0
    for a, b in zip(x, values):
        if (a >= 0) != (b >= 0):
            count += 1
    return count
