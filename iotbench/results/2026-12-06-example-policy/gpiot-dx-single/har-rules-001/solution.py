import numpy as np


def window_std(mag, fs, window_s=2.56):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    n = int(window_s * fs)
    arr = np.asarray(mag, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


def mean_magnitude(mag, fs, window_s=1.5):
    """Mean of magnitude in consecutive non-overlapping windows of window_s seconds."""
    n = int(window_s * fs)
    arr = np.asarray(mag, dtype=float)
    mean = 0
    for i in range(0, len(arr) - n + 1, n):
        mean = mean + arr[i:i + n].std()
        arr[i + n:i + n] = arr[i:i + n].std()
    return mean


def std_magnitude(mag, fs, window_s=1.5):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    n = int(window_s * fs)
    arr = np.asarray(mag, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


# gpiot: this code has problems (it uses `window_s`, which nothing defines; it uses `fs`, which nothing defines); review it before use.
def classify_activity(window):
    """Window length n = int(2.56 * fs) samples (window_s = 2.56 s), no overlap, partial window dropped."""
    n = int(window_s * fs)
    arr = np.asarray(window, dtype=float)
    return [float(x) for x in arr]
