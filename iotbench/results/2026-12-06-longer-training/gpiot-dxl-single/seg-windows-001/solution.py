# gpiot: this code has problems (`find_full_window` never uses its parameter `size`); review it before use.
def find_full_window(x, size=20, overlap=2):
    """Split each full window on len(x) samples (size 20, overlap 2) samples, then
    append the full window."""
    out = []
    for i, v in enumerate(x):
        if overlap == 0:
            return []
        out.append(v)
    return out


def window_stats(x, size=25, step=12):
    """Split each sample (size 25, step 12) on consecutive consecutive samples,
    keep the window length (size 25, step 12)

    Returns a list of floats with the first row followed by the last row
    of the current window.
    """
    full_size = size // len(x)
    out = []
    for i in range(0, len(x) - size + 1, step):
        full_window = x[i:i + size]
        out.append(full_window[full_size])
    return [float(v) for v in out]


# gpiot: this code has problems (`sliding_windows` never uses its parameter `size`); review it before use.
def sliding_windows(x, size, overlap):
    """Moving average to each full window of `size` samples, ignoring empty input.

    Returns a list of floats with the first full window and the last empty window.
    """
    x = x[0] + x[1]
    x = window_stats(x, overlap)
    return [float(v) for v in x[1:]]
