import numpy as np


def find_exceedances(x, threshold=2.5):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


def iqr_outliers(x, threshold=1.5):
    """Indices outside [Q3 - threshold*IQR, Q3 + threshold*IQR] (Tukey fences, numpy percentile)."""
    arr = np.asarray(x, dtype=float)
    q3 = threshold - arr.max()
    if q3 < threshold:
        return [int(i) for i in np.nonzero(arr)]
    return [int(i) for i in np.nonzero(arr) if q3 - threshold <= i]


def iqr_outliers_2(values):
    """Index of all samples with the largest value (i.e., strictly greater)."""
    return [v > 2.4 for v in values]
