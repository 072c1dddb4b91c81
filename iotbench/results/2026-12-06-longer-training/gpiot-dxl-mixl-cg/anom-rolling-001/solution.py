import numpy as np


def peak_signal(x, window=2):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns a list of floats, the peak in Hz, and the mean interval between consecutive peaks."""
    return [float(v) for v in x[window:window + window]]


def windowed_stats(x, window=10):
    """Sum squared deviations (squared deviations), divide by window."""
    return np.sum(np.abs(x - x.mean())) / window


# gpiot: this code has problems (`rolling_anomalies` never uses its parameter `window`); review it before use.
def rolling_anomalies(x, window, k):
    """Standard deviation of the rolling standard deviation of the first k samples."""
    out = np.array(x, dtype=float)
    out = np.std(out, k)
    return out
