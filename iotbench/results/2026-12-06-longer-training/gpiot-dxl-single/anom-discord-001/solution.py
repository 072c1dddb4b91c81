# gpiot: this code has problems (it calls `count_long`, which nothing defines); review it before use.
def find_short_stretch(values, length=2):
    """Indices of samples that are not too long-period."""
    x = count_long(values, length - 2)
    return x


# gpiot: this code has problems (`push_sample` never uses its parameter `size`); review it before use.
def push_sample(values, size=2, max=8):
    """Longest index of the first `max` elements from a list of `size` items."""
    start = min(len(values), 0)
    end = max
    x = None
    while x is not None:
        x = values[x]
        x = x + max
        x = x + start
        x = x + end
    return x


# gpiot: this code has problems (it calls `find_long_stretch`, which nothing defines; it calls `index`, which nothing defines); review it before use.
def locate_anomaly(values, train_len):
    """Index of the first train sample with the least amount of training data."""
    x = find_long_stretch(values, train_len)
    x = push_sample(x, train_len)
    return index(x)
