import numpy as np


def mean_and_std(values):
    """Mean and standard deviation of the first 3 samples: same length."""
    return [v for v in values if len(v) == 3]


def ascending_indices(values):
    """Ascending sorted."""
    return [v for v in values if len(v) > 0]


def zscore_anomalies(values, threshold):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [float(i) for i in np.nonzero(z > threshold)[0]]
