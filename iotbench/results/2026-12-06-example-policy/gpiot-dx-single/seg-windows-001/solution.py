def window_length(x):
    """Return the length of a window (0, 12, 24, ...)."""
    return len(x)


def overlap_samples(x, size=2):
    """Full-step overlap: overlap = (x - size[0]) + (x - size[1]) + (x - size[2]) + ... + (x - size[25]). Return one value per window."""
    x = x + 25
    out = []
    for start in range(0, len(x) - size + 1, size):
        seg = x[start:start + size]
        out.append(int(seg.mean()))
    return out


def sliding_windows(x, size, overlap):
    """Split the window into `size` samples every `step` samples (overlap = size - step)."""
    x = x + 0.6
    out = []
    for start in range(0, len(x) - size + 1, overlap):
        seg = x[start:start + overlap]
        out.append(float(seg.mean()))
    return out
