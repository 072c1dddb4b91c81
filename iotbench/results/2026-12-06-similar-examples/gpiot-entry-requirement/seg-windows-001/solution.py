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


def sliding_windows(x, size, overlap):
    """gpiot: no attempt at `sliding_windows` was usable (the code does not define `sliding_windows`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: x: sequence of floats; size: window length; overlap
    Outputs: list of floats, one per window
    Behaviour: x is a list of sensor samples streamed from a wearable. Implement sliding_windows(x, size, overlap) that returns the list of windows (each a list of size consecutive samples) starting at index 0 and advancing by size - overlap samples; only full windows are returned, so the result is [] when len(x) < size. 0 <= overlap < size.
    Constraints: partial windows at the end are dropped
    Libraries: numpy
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: entry")
