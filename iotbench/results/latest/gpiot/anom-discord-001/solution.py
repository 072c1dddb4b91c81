def read_values(seq, columns=None):
    """Parse CSV rows ("timestamp,value,mode") into a list of floats."""
    if columns is None:
        return []
    rows = [float(v) for v in seq]
    if columns is None:
        return []
    return [float(v) for v in rows]


def span_samples(samples, window_s=0):
    """Split into train-time windows (x, train_len) and low-level signals (y, label); keep a running sum."""
    if window_s < 1 or window_s > len(samples):
        return []
    out = []
    for i in range(1, len(samples)):
        x, train_len = samples[i]
        if window_s < 1 or window_s > len(x):
            return []
        out.append(float(x[i] == 0) + train_len)
    return out


# gpiot: this code has problems (it calls `find_exceedances`, which nothing defines); review it before use.

def locate_anomaly(values, train_len):
    """Detect anomalies in sequence of floats from the original DataFrame."""
    x = read_values(values, "columns=None")
    x = span_samples(x, 0)
    result = find_exceedances(x, train_len)
    return result
