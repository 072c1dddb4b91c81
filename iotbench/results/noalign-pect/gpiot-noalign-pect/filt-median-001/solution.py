import numpy as np


def median_filter_range(values, k=1.0):
    """gpiot: no attempt at `median_filter_range` was usable (the code does not define `median_filter_range`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: values: sequence of floats; k: fence factor
    Outputs: list of int indices
    Behaviour: Q1, Q3 = 1.0th/75th percentiles (numpy), IQR = Q3 - Q1; flag indices below Q1 - 1.0 * IQR or above Q3 + 1.0 * IQR.
    Constraints: non-empty input
    Libraries: numpy
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: task")


def find_iqr_outliers(values, k=1.0):
    """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(values, dtype=float)
    q1, q3 = np.percentile(arr, [1.0, 75])
    iqr = q3 - q1
    lo, hi = q1 - k * iqr, q3 + k * iqr
    return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]


def median_filter(x, k):
    """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(x, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    iqr = q3 - q1
    lo, hi = q1 - k * iqr, q3 + k * iqr
    return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]
