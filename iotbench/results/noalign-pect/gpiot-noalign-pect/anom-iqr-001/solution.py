def read_values(raw, bits=8, vref=3.0):
    """Convert raw ADC counts (0..2**bits-1) to A: value = count * vref / (2**bits - 1)."""
    full_scale = (1 << bits) - 1
    return [c * vref / full_scale for c in raw]


def find_exceedances(x, threshold=2.4):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(x) if v > threshold]


def iqr_outliers(values):
    """gpiot: no attempt at `iqr_outliers` was usable (the code does not define `iqr_outliers`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: raw: list of integer ADC counts
    Outputs: list of int indices
    Behaviour: Return the index of every sample with value > 2.4 (strictly greater).
    Constraints: O(n)
    Libraries: none
    """
    # gpiot: best attempt
    # def IQR_outliers(raw):
    #     """Indices of samples strictly greater than threshold."""
    #     return [i for i, v in enumerate(raw) if v > 2.4]
    raise NotImplementedError("gpiot: entry")
