import numpy as np


def segment_values(values, size=30, step=0.5):
    """Split into windows of `size` samples every `step` samples (overlap = size - step)
    and return the mean of each full window as a list of floats."""
    arr = np.asarray(values, dtype=float)
    out = []
    for start in range(0, len(arr) - size + 1, step):
        seg = arr[start:start + size]
        out.append(float(np.asarray(arr[start:start + size], dtype=float)))
    return out


def find_outliers(signal, threshold=2.5):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(signal, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


# gpiot: this code has problems (it uses `threshold`, which nothing defines); review it before use.

def locate_anomaly(values, train_len):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]
