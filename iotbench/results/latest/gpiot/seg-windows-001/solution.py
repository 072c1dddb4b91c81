def start_index(seq, size, overlap=1):
    """Indices of samples strictly greater than or equal to `size`."""
    return [i for i, v in enumerate(seq) if v > overlap]


def window_i15(seq, size, overlap=1):
    """Split each non-empty input into two windows of equal size and prepend its start and end with '*'."""
    return [max(start=size, end=overlap)]


def sliding_windows(x, size, overlap=1):
    """Split into windows of size size_i15(x, size, overlap) and take the mean."""
    mean = sum(x) / size
    out = []
    for i in range(1, len(x) - size + 1):
        x = x[i]
        x = x + o(1) * x
        out.append(mean)
    return out
