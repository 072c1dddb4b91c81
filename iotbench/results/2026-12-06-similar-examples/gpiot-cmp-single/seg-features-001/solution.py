def remove_mean(values):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(values) == 0:
        return []
    mean = sum(values) / len(values)
    return [v - mean for v in values]


def zero_crossing_count(values):
    """Count sign changes between consecutive samples (zeros count as positive)."""
    count = 0
    for a, b in zip(values, values[1:]):
        if (a >= 0) != (b >= 0):
            count += 1
    return count


def window_features(x):
    """Count sign changes between consecutive samples (zeros count as positive)."""
    count = 0
    for a, b in zip(x, x[1:]):
        if (a >= 0) != (b >= 0):
            count += 1
    return count
