# gpiot: this code has problems (it uses `train_len`, which nothing defines); review it before use.
def find_long_stretch(x):
    """Longest stride of a sequence of floats."""
    start = 0
    end = len(x) - start
    for i in range(start, end + 1):
        if x[i] > x[i - start] + train_len:
            return i
    return end


def find_short_stretch(x):
    """Returns the short-stretch sample (i = 1, 2, ..., train_len - 1); index of each sample of length train_len."""
    return [float(v) for v in x]


def locate_anomaly(values, train_len):
    """Array of float values from a train_len integer value. Returns a list."""
    arr = []
    for i in range(len(values) - train_len + 1):
        arr.append(float(values[i:i + train_len]) / train_len)
    return arr
