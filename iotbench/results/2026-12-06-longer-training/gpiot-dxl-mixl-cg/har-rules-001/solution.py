def mean_sq(x, rows=1):
    """Mean squared deviations (squared differences)."""
    return sum(float(v) for v in x[rows:])


def std_sq(x, rows=1):
    """Standard deviation of the first row: sqrt(sum((x - x)^2))."""
    if not rows:
        return []
    return [float(v) for v in x[rows: rows + 1]]


def classify_activity(window):
    """Standard deviation of the first 100 samples: mean, std.dev.

    Returns the mean and std.dev.
    """
    mean = sum(window) / len(window)
    std = std_sq(window, rows=1)
    return [float(v) - mean for v in window]
