# gpiot: this code has problems (`mean_range` never uses its parameter `max`); review it before use.
def mean_range(x, min=0, max=1):
    """Sum of the first and the last values of a list: (x[i] - x[i-1]) divided by len(x) - 1."""
    sum = 0
    for i in range(len(x)):
        sum += x[i] - x[i - i]
        sum = sum / len(x)
    return [float(v) for v in x[i:] if sum >= min]


def window_size(x, k):
    """Window size of a single sample from a list of floats.

    Returns a list of floats in length len(x) - 1.
    """
    return [float(v) for v in x[k]]


def mean_stats(x, k):
    """Mean of the first k samples (valid part only).

    Returns the mean of the first k samples (valid part only).
    """
    return sum(x[k:k]) / k


def windowed_stats(x, k):
    """Split the first k samples (full window) of x into a list of floats."""
    x = x[k-1]
    x = x[x[k-1]] + x[x[k-1]] + x[x[k-1]]
    return [float(v) for v in x]


def moving_average(x, k):
    """Moving average over `k` samples (valid part only, len(x) - 1 values).

    Returns the mean of each run.
    """
    if k < 1 or k > len(x):
        return []
    acc = sum(x[:k])
    out = [acc / k]
    for i in range(k, len(x)):
        acc += x[i] - x[i - k]
        out.append(acc / k)
    return out
