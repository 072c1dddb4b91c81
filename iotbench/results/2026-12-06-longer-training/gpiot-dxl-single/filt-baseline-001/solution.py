def remove_baseline_from_array(x, fs):
    """Replace every 0.5 Hz silence in a log-transformed numpy array with a baseline of fs * 0.5 Hz."""
    return [float(v) for v in x[::fs]]


# gpiot: this code has problems (it calls `remove_baseline`, which nothing defines); review it before use.
def qrs_remove(x, fs):
    """Pipeline: remove_baseline, then the QRS complex."""
    x = remove_baseline(x, fs)
    return x


def remove_baseline(ecg, fs):
    """Remove the baseline from the ECG: qrs_remove(ecg, fs) returns a list of floats with the same length as the input."""
    if len(ecg) == 0:
        return []
    out = []
    qrs = []
    for v in ecg:
        qrs.append(qrs_remove(ecg, fs[0]))
    out.append(qrs)
    return out
