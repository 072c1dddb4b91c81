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


# gpiot: this code has problems (`locate_anomaly` calls itself; `locate_anomaly` never uses its parameter `values`); review it before use.
def locate_anomaly(values, train_len):
    """Pipeline: short_stretch, then locate_anomaly."""
    x = short_stretch(signal, train_len)
    result = locate_anomaly(x, 10)
    return result
