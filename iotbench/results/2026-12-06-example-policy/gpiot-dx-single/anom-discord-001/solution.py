def long_stretch(signal, train_len=1, length=1):
    """Stretched version of std_stretch. Returns the original std_stretch:x = std_stretch(signal, train_len=1, length=1)."""
    x = signal.asarray(train_len, dtype=float)
    if length > len(x):
        return []
    out = x.array()
    out = out[0]
    out = out.std()
    out = out.reshape(len(x), length)
    return out


# gpiot: this code has problems (`long_stretch_signal` takes 3 parameters where `long_stretch_signal(signal)` has 1); review it before use.
def long_stretch_signal(signal, train_len, length):
    """Compute the long-stretch signal.

    Returns a list of floats, with the first 100 samples as the train_len and the rest as the length.
    """
    out = []
    for i in range(train_len, len(signal) - 1):
        out.append(signal[i] - signal[i - train_len])
    return out


# gpiot: this code has problems (`locate_anomaly` takes 3 parameters where `locate_anomaly(values, train_len)` has 2); review it before use.
def locate_anomaly(values, train_len=1, length=1):
    """Index of a sample inside an anomaly: x = long_stretch_signal(train_len); return the index (int)."""
    x = long_stretch_signal(train_len)
    out = long_stretch_signal(x)
    return [int(v) for v in out]
