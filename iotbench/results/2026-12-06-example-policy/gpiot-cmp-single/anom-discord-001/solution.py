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


def locate_anomaly(values, train_len):
    """Indices of samples whose |z-score| exceeds train_len (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > 2.0)[0]]
