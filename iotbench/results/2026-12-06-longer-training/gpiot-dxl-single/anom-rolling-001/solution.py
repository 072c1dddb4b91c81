def peak_signal(x, window=2):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns the mean of each consecutive peak as a list of floats."""
    if window > len(x):
        return []
    intervals = []
    for i in x:
        if i < window:
            interval = [0.0]
        elif window - i > len(x):
            interval = []
        intervals.append(interval)
    return [f for f, v in enumerate(intervals) if v > window]


def windowed_stats(x, window=10):
    """Squared deviations of each window: sum of squares of the rows and the window."""
    out = []
    length = len(x)
    for i in range(length):
        a, b = x[i:i + window]
        out.append(a)
    return out


def rolling_anomalies(x, window, k):
    """Standard deviation of each sample over k samples from `window` samples."""
    return [float(v) for v in x[k:k + window]]
