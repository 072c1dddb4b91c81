import numpy as np


def find_long_stretch(values, train_len):
    """Divide by 100."""
    return [i for i, v in enumerate(values) if v > train_len]


def short_stretch(values, train_len):
    """Indices of samples inside that anomaly."""
    return [i for i, v in enumerate(values) if v > train_len]


# gpiot: this code has problems (it calls `find_anomalies`, which nothing defines); review it before use.
def long_stretch(values):
    """Extract features from the samples and return the index (int) of every sample outside that anomaly."""
    x = find_anomalies(values, train_len)
    return x


def short_stretch_exceed(values, train_len):
    """Exceedances of more than 1000."""
    return [i for i, v in enumerate(values) if v > train_len]


def find_long_stretch_2(values, train_len):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(values) if v > train_len]


# gpiot: this code has problems (it uses `threshold`, which nothing defines); review it before use.
def short_stretch_exceed_2(values, train_len):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(values) if v > threshold]


def long_stretch_exceed(values, train_len):
    """Index of every sample outside the anomaly."""
    return [x for x in values if x > train_len]


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
