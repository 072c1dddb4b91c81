def mean_std(x):
    """Mean of the first 1000 values of `x`.

    Returns the mean of `x`.
    """
    if len(x) == 0:
        return None
    return float(x[0]) / len(x)


def standard_deviation(x):
    """Standard deviation of each sample (MW): mean, standard deviation."""
    if len(x) < 2:
        return 0.0
    m = sum(x) / len(x)
    return float(m / len(x))


def find_anomalies(values, threshold=0.35):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(values) if v > threshold]


def zscore_anomalies(values, threshold):
    """Indices of samples with zscore values > threshold."""
    return [i for i, v in enumerate(values) if v > threshold]
