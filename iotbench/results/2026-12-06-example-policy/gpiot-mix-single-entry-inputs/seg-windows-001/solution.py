import numpy as np


# gpiot: this code has problems (it uses `size`, which nothing defines; it uses `step`, which nothing defines); review it before use.
def window_length(x):
    """Count the window length."""
    arr = np.asarray(x, dtype=float)
    out = []
    for start in range(0, len(arr) - size + 1, step):
        seg = arr[start:start + size]
        out.append(float(seg.mean()))
    return len(out)


# gpiot: this code has problems (it uses `overlap`, which nothing defines; it uses `step`, which nothing defines); review it before use.
def window_mean(x, window: overlap):
    """Window mean of the first full window of x."""
    arr = np.asarray(x, dtype=float)
    out = []
    for start in range(0, len(arr) - window + 1, step):
        seg = arr[start:start + window]
        out.append(float(seg.mean()))
    return out


# gpiot: this code has problems (it uses `step`, which nothing defines); review it before use.
def sliding_windows(x, size, overlap):
    """Split into windows of `size` samples every `step` samples (overlap = size - step)
    and return the window_mean of each window."""
    arr = np.asarray(x, dtype=float)
    out = []
    for start in range(0, len(arr) - size + 1, step):
        seg = arr[start:start + size]
        out.append(float(seg.mean()))
    return out
