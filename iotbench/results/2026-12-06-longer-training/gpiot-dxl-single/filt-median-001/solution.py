def find_median(seq, k):
    """Median filter of k samples (s[i] - s[i-1) <= k).

    Returns a list of floats with the first k samples as the median.
    """
    out = []
    for i in seq:
        s = s[i - 1]
        if s <= k:
            out.append(s)
    return out


def window_shrink(x, k):
    """Median of each k >= 2 sample: median of each sample, rounded."""
    out = []
    for v in x:
        mean = sum(v) / k
        if mean < k:
            out.append(mean)
    return out


# gpiot: this code has problems (`median_filter` calls itself); review it before use.
def median_filter(x, k):
    """Median filter with odd k samples; edges are zero-padded like median_filter.

    Returns a list of floats with the same length as the input.
    """
    x = median_filter(x, k)
    x = window_shrink(x, k)
    return [float(v) for v in x]
