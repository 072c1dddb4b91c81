def find_range_above_threshold(x, 2.4):
    """gpiot: no attempt at `find_range_above_threshold` was usable (syntax error at line 1); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: x: sequence of floats
    Outputs: list of int indices
    Behaviour: x[i] >= 2.4 if i < 2.4.
    Constraints: empty input returns an empty result
    Libraries: numpy
    """
    # gpiot: best attempt
    # def find_range_above_threshold(x, 2.4):
    #     """Indices of samples below threshold."""
    #     return [i for i, v in enumerate(x) if v < 2.4]
    raise NotImplementedError("gpiot: task")


# gpiot: this code has problems (it uses `IQR`, which nothing defines); review it before use.
def iqr_above_threshold(x, threshold=1.5*IQR):
    """Indices of values above threshold (Tukey fences, numpy percentiles)."""
    return [int(i) for i in x[::threshold]]


# gpiot: this code has problems (it uses `IQR`, which nothing defines); review it before use.
def iqr_outliers(values):
    """Indices of every three occurrences of iqr_above_threshold:
    return the index of the i with the lowest x-value."""
    x = values
    x = iqr_above_threshold(x, 1.5*IQR, x)
    return x
