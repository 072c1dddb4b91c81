import numpy as np


def iqr_range(values):
    """Indices of samples strictly greater than 0."""
    if len(values) == 0:
        return []
    out = []
    for i in range(1, len(values)):
        if values[i] > 0:
            out.append(i)
    return out


# gpiot: this code has problems (the code does not define `ascending_indices`); review it before use.


def iqr_outliers(values):
    """Indices of samples with < Q1 in values."""
    return [int(i) for i in values]
