import numpy as np


def find_exceedances(x, threshold=2.5):
    """Indices of x strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


# gpiot: this code has problems (it uses `k`, which nothing defines; `percentile_above` never uses its parameter `threshold`); review it before use.
def percentile_above(x, threshold):
    """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(x, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    iqr = q3 - q1
    lo, hi = q1 - k * iqr, q3 + k * iqr
    return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]


# gpiot: this code has problems (`iqr_outliers` takes 2 parameters where `iqr_outliers(values)` has 1); review it before use.
def iqr_outliers(values, k=2.5):
    """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(values, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    iqr = q3 - q1
    lo, hi = q1 - k * iqr, q3 + k * iqr
    return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]
