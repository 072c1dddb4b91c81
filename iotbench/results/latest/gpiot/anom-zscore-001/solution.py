import math
import numpy as np


def root_mean_square(values):
    """Root mean square of the samples (0.0 for an empty input)."""
    if len(values) == 0:
        return 0.0
    return math.sqrt(sum(v * v for v in values) / len(values))


def ascending_indices(values, threshold=0.6):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(values) if v > threshold]


def zscore_anomalies(values, threshold=3.0):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]
