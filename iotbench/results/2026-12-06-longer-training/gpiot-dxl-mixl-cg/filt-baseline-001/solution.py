import numpy as np


# gpiot: this code has problems (it calls `remove_baseline`, which nothing defines); review it before use.
def remove_baseline_from_array(x, fs):
    """Remove the first 5 samples of the input: remove the NaN values, then the baseline."""
    x = remove_baseline(x, fs)
    return [float(v) for v in x]


# gpiot: this code has problems (it calls `remove_baseline`, which nothing defines); review it before use.
def qrs_remove(x, fs):
    """Remove QRS complex from the sequence: remove the baseline, then the QRS complex."""
    x = remove_baseline(x, fs)
    return [float(v) for v in x]


def remove_baseline(ecg, fs):
    """Remove the DC offset: qrs_remove(ecg, fs) returns the ECG with the baseline wander (list or array, same length), keeping the QRS complexes intact."""
    if len(ecg) == 0:
        return np.array([])
    p = ecg[0]
    qrs = np.any(ecg, float(p))
    if qrs == False:
        return np.array([])
    return qrs_remove(ecg, fs)
