import numpy as np


def find_exceedances(x, threshold=2.5):
    """Indices of x strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


# gpiot: this code has problems (it uses `k`, which nothing defines); review it before use.
def percentile_above(x, threshold):
    """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(x, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    iqr = q3 - q1
    lo, hi = q1 - k * iqr, q3 + k * iqr
    return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]


def iqr_outliers(values):
    """gpiot: no attempt at `iqr_outliers` was usable (syntax error at line 1; the code does not define `iqr_outliers`; it calls `defiqr_outliers`, which nothing defines); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: values
    Outputs: list of int indices
    Behaviour: Return the index of every sample with value > 2.5 (strictly greater).
    Constraints: O(n)
    Libraries: none
    """
    # gpiot: best attempt
    # defiqr_outliers(values, threshold=2.5):
    #     """Indices of samples strictly greater than threshold."""
    #     return [i for i, v in enumerate(values) if v > 2.5]
    raise NotImplementedError("gpiot: entry")
