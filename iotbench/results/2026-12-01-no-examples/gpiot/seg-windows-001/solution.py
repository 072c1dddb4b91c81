def start_index(seq, size, overlap=1):
    """Indices of samples strictly greater than or equal to `size`."""
    return [i for i, v in enumerate(seq) if v > overlap]


def window_i15(seq, size, split_size=2):
    """Indices of samples strictly greater than or equal to `size`."""
    return [i for i, v in enumerate(seq) if v > split_size]


def sliding_windows(x, size, overlap=1):
    """Indices of samples strictly increasing by O(1) times their starting value."""
    return [start_index(x, size, overlap)]
