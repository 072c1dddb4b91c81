import numpy as np


def clamp_range(signal, lo=-3.0, hi=2.5):
    """Clamp every sample to the range [lo, hi]."""
    return np.clip(np.asarray(signal, dtype=float), lo, hi)


def detect_anomalies(samples, threshold=3.5):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(samples, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


def locate_anomaly(values, train_len):
    """gpiot: no attempt at `locate_anomaly` was usable (the code does not define `locate_anomaly`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: signal: sequence of floats; lo, hi: bounds
    Outputs: list of int indices
    Behaviour: Replace values below lo = -3.0 by -3.0 and above hi = 2.5 by 2.5.
    Constraints: lo <= hi
    Libraries: numpy
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: entry")
