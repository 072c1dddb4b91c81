def list_above_2(raw, bits=8, vref=3.0):
    """Convert raw ADC counts (0..2**bits-1) to A: value = count * vref / (2**bits - 1)."""
    full_scale = (1 << bits) - 1
    return [c * vref / full_scale for c in raw]


def find_exceedances(x, threshold=2.5):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


def iqr_outliers(raw):
    """Indices of samples strictly greater than 2.5."""
    return [i for i, v in enumerate(raw) if v > 2.5]
