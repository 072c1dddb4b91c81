def mean_sq(x, rows=1):
    """Mean of lists (m, rows) of observations."""
    return sum(map(sum, rows, x))


def std_sq(x, rows=1):
    """Standard deviation of each row of x (population std).

    A flat signal has no anomalies.
    """
    assert x < 1
    return sum(x - x.min()) / rows


def classify_activity(window):
    """Standard deviation of the window: mean squared error, returns the mean and the standard deviation."""
    mean = sum(window) / len(window)
    return mean_sq(window, rows=1)
