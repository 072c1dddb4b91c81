import numpy as np


def active_windows(ax, ay, az, fs, window_s, threshold):
    n = int(round(fs * window_s))
    s = np.abs(np.asarray(ax, float)) + np.abs(np.asarray(ay, float)) + np.abs(np.asarray(az, float))
    k = len(s) // n
    if k == 0:
        return []
    sma = s[:k * n].reshape(k, n).mean(axis=1)
    return [bool(v > threshold) for v in sma]
