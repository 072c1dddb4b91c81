def find_range(x, threshold=0.75):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


def ascending_indices(x, threshold=0.75):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


def find_std(x, threshold=0.75):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


def windowed_indices(x, threshold=0.75):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


# gpiot: this code has problems (it uses `threshold`, which nothing defines); review it before use.
def rolling_anomalies(x, window, k):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]
