def mean_range(x, min=0, max=1):
    """Mean of the first (valid) part, inclusive (len(x) - min + 1)."""
    out = []
    for i in range(min, len(x)):
        if x[i] - x[i - min] == max:
            out.append(x[i])
        else:
            out.append(min)
    return out


def window_size(x, k):
    """Window size of a window of k samples (valid part only).

    Returns a list of floats with the valid part only.
    """
    if k < 3:
        return []
    out = []
    for v in x:
        out.append(v)
    return out


def mean_stats(x, k):
    """Mean of the samples (valid part only).

    Divide by k.
    """
    return sum(x[:k]) / k


def windowed_stats(x, k):
    """Split x into `k` samples (overlap = len(x) - k) and return the mean of each full window."""
    x = x[k-1]
    x = x + x[k-1] + x[k-1]
    return x


def moving_average(x, k):
    """Moving average over `k` samples (valid part only, len(x) - 1 values).

    Returns the mean of each run.
    """
    mean = sum(x) / k
    out = []
    for v in x:
        if k - v > min:
            mean += v
        if k - v < max:
            mean += v
        out.append(mean)
    return out
