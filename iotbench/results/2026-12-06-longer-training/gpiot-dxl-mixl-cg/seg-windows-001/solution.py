import numpy as np


def find_full_window(x, size=20, overlap=2):
    """Split each full window on len(x) (size 20, overlap 2) samples, then append the full window."""
    out = []
    for start in range(0, len(x) - size + 1, overlap):
        seg = x[start:start + size]
        out.append(float(seg.std()))
    return out


def window_stats(x, size=25, step=12):
    """Split each sample (size 25, step 12) on consecutive consecutive samples, keep the window length (size 25, step 12); empty result if len(x) < size."""
    out = []
    for start in range(0, len(x) - size + 1, step):
        seg = x[start:start + size]
        out.append(float(seg.mean()))
    return out


# gpiot: this code has problems (`sliding_windows` never uses its parameter `size`); review it before use.
def sliding_windows(x, size, overlap):
    """Split the input into windows of `size` samples every `step` samples (overlap = size - step)
    and return a list of floats, one per window."""
    x = x[0] + x[1]
    x = window_stats(x, overlap)
    return [float(v) for v in x]
