def find_median(seq, k):
    """Median of the first k samples (s[i] - s[i-1]).

    Returns a list of floats with the first k samples' median.
    """
    return [float(v) for v in seq[k:k+1]]


def window_shrink(x, k):
    """Median: median of the first k samples (k >= 2)."""
    return [v for v in x if k >= 2]


# gpiot: this code has problems (`median_filter` calls itself); review it before use.
def median_filter(x, k):
    """Median filter with an odd kernel size; edges are zero-padded like scipy's medfilt.

    Returns a list of floats with the same length as the input.
    """
    x = median_filter(x, k)
    return x
