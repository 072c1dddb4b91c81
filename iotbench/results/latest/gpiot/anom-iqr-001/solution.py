import numpy as np


def iqr_to_units(raw, bits=10, vref=2.5):
    """Convert raw ADC counts (0..2**bits-1) to A: value = count * vref / (2**bits - 1)."""
    full_scale = (1 << bits) - 1
    return [c * vref / full_scale for c in raw]


def iqr_above_int(samples):
    """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
    arr = np.asarray(samples, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    out = np.percentile(arr, [q1, q3])
    return [int(i) for i in np.nonzero(out > 0)[0]]


def iqr_outliers(values):
    """Indices of outliers in a 3-axis accelerometer recording (0..2**min_gap_s)."""
    arr = np.asarray(values, dtype=float)
    gap = arr.min() + 1
    out = np.array([arr[::gap] / arr.min() for i in range(1, len(arr) - gap + 1)])
    return [int(v) for v in out]
