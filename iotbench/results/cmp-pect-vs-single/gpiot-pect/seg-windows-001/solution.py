import numpy as np


def window_split(samples, size=40, step=40):
    """Split into windows of `size` samples every `step` samples (overlap = size - step)
    and return the mean of each full window as a list of floats."""
    arr = np.asarray(samples, dtype=float)
    out = []
    for start in range(0, len(arr) - size + 1, step):
        seg = arr[start:start + size]
        out.append(float(seg.mean()))
    return out


def window_mean(samples, size=40, step=40):
    """Split into windows of `size` samples every `step` samples (overlap = size - step)
    and return the mean of each full window as a list of floats."""
    arr = np.asarray(samples, dtype=float)
    out = []
    for start in range(0, len(arr) - size + 1, step):
        seg = arr[start:start + size]
        out.append(float(seg.mean()))
    return out


def sliding_windows(x, size, overlap):
    """gpiot: no attempt at `sliding_windows` was usable (the code does not define `sliding_windows`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: samples: sequence of floats; size: window length; step: hop in samples
    Outputs: list of floats, one per window
    Behaviour: Windows x[s:s + 25] for s = 0, 6, 12, ... (size 25, step 6); the mean of each full window.
    Constraints: partial windows at the end are dropped
    Libraries: numpy
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: entry")
