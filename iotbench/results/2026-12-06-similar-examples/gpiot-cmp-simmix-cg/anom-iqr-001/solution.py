import numpy as np


def find_exceedances(x, threshold=2.5):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


def percentile_above(x, threshold):
    """Indices outside [Q1 - threshold*IQR, Q3 + threshold*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(x, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    iqr = q3 - q1
    lo, hi = q1 - threshold * iqr, q3 + threshold * iqr
    return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]


def iqr_outliers(values):
    """gpiot: no attempt at `iqr_outliers` was usable (the code does not define `iqr_outliers`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: values
    Outputs: list of int indices
    Behaviour: Return the index of every sample with value > 2.5 (strictly greater).
    Constraints: O(n)
    Libraries: none
    """
    # gpiot: best attempt
    # def IQR_outliers(values):
    #     """Indices of samples strictly greater than threshold."""
    #     return [i for i, v in enumerate(values) if v > threshold]
    raise NotImplementedError("gpiot: entry")
