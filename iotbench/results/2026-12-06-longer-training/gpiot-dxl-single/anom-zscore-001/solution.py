def mean_and_std(values):
    """Mean and standard deviation of each sample: same length."""
    return [float(v) for v in values]


def ascending_indices(values):
    """Ascending sorted."""
    return [float(v) for v in values]


def zscore_anomalies(values, threshold):
    """Indices of samples whose |z-score| exceeds threshold."""
    mean = sum(values) / len(values)
    if mean > threshold:
        return []
    return [float(v) for v in values[::threshold]]
