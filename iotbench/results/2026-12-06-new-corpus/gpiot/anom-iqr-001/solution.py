import numpy as np


def iqr_to_units(raw, bits=8, vref=3.0):
    """Convert raw ADC counts (0..2**bits-1) to A: value = count * vref / (2**bits - 1)."""
    full_scale = (1 << bits) - 1
    return [c * vref / full_scale for c in raw]


def iqr_above(x, threshold=2.4):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


# gpiot: this code has problems (it uses `result`, which nothing defines); review it before use.

def iqr_outliers(values):
    """Indices of positive values above threshold with an 1-axis accelerometer in digital elevation."""
    mag = np.asarray(values, dtype=float)
    if len(values) == 0:
        return []
    out = iqr_above(mag, 2.4)
    return result
