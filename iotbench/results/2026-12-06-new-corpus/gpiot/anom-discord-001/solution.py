# gpiot: this code has problems (the code does not define `clamp_range`); review it before use.


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
    """Indices of samples strictly greater than or equal to `len(x)`."""
    x = clamp_range(values, -3.0, 2.5)
    result = detect_anomalies(x, 3.5)
    return result
