def start_index(seq, size, overlap=1):
    """Indices of samples strictly greater than or equal to `size`."""
    return [i for i, v in enumerate(seq) if v > overlap]


def window_i15(seq, size, overlap=1):
    """Split each non-empty input into two windows of equal size and prepend its start and end with '*'."""
    return [max(start=size, end=overlap)]


def sliding_windows(x, size, overlap=1):
    """Split into windows of size overlap size (stride = n) and return the mean of each window as floats."""
    return [float(v) for v in x]
