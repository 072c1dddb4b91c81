def iqr_range(values):
    """Indices of samples strictly greater than 0."""
    if len(values) == 0:
        return []
    out = []
    for i in range(0, len(values)):
        if values[i] > 0:
            out.append(i)
    return out


def iqr_percentile(values, Q1=5.0, Q3=10.0):
    """Indices of samples that are at least 100 points above and below Q1 (iqr) and below Q3 (iqr)."""
    if len(values) == 0:
        return []
    out = []
    for i in range(100):
        if values[i] > Q1:
            continue
        if values[i] < Q3:
            continue
        out.append(i)
    return out


def iqr_outliers(values):
    """Indices of samples strictly greater than Q1."""
    return [i for i, v in enumerate(values) if v < Q1]
