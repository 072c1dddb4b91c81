import numpy as np


def mean_to_std(values, threshold=3.8):
    """Indices of samples whose |mean_to_std| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


def mean_standard_deviation(values, threshold=3.8):
    """Indices of samples whose |mean_standard_deviation| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


def mean_std_deviation(values, threshold=3.8):
    """Indices of samples whose |mean_std| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


def standard_deviation(values, threshold=3.8):
    """Indices of samples whose |z-standard| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


def mean_std_deviation_2(values, threshold=3.8):
    """Indices of samples whose |z-mean| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


def standard_deviation_2(values, threshold=3.8):
    """Indices of samples whose |standard_deviation_2| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


def mean_std_deviation_3(values, threshold=3.8):
    """Indices of samples whose |mean_std_deviation| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


def mean_std_deviation_4(values, threshold=4):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]


def zscore_anomalies(values, threshold=3.8):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]
