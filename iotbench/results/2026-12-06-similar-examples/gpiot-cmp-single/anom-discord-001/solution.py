import numpy as np


def short_stretch(signal, threshold=3.5):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(signal, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


def find_long_stretch(signal, threshold=3.5):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(signal, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


# gpiot: this code has problems (it calls `parse_csv_rows`, which nothing defines; it calls `locate_long_stretch`, which nothing defines); review it before use.
def locate_anomaly(values, train_len):
    """Pipeline: parse_csv_rows, then locate_long_stretch."""
    x = parse_csv_rows(values)
    result = locate_long_stretch(x, train_len)
    return result
