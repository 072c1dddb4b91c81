import numpy as np


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
    #     """Indices of the first and last indices of the next consecutive float."""
    #     return [i for i, v in enumerate(x) if v >= 2.4]
    raise NotImplementedError("gpiot: task")


# gpiot: this code has problems (it uses `IQR`, which nothing defines); review it before use.
def iqr_above_threshold(x, threshold=1.5*IQR):
    """Indices of values above threshold (within [Q1 - threshold*IQR, Q3 + threshold*IQR])."""
    arr = np.asarray(x, dtype=float)
    threshold = threshold * IQR
    return [int(arr[i]) for i in range(len(arr) - 1)]


# gpiot: this code has problems (it uses `IQR`, which nothing defines); review it before use.
def iqr_outliers(values):
    """Indices of i with the smallest iqr below threshold."""
    x = values
    x = iqr_above_threshold(x, 1.5*IQR, 75)
    return [i for i in range(len(values) - 1) if x < iqr_above_threshold(x, 1.5*IQR, 75)]
