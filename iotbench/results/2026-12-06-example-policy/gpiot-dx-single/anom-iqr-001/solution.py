import numpy as np


# gpiot: this code has problems (it uses `IQR`, which nothing defines); review it before use.
def iqr_range(x):
    """Range of the IQR: [1.5, 1.5*IQR]."""
    return [x, 1.5*IQR]


def iqr_range_below_q3(x):
    """Median of all ranges of a float: -q3 - q1. Returns [x[i] for i in range(len(x) - 1)]."""
    return [x[i] for i in range(len(x) - 1)]


def iqr_outliers(x):
    """Index outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    x = iqr_range_below_q3(x)
    return [int(x) for x in x]
