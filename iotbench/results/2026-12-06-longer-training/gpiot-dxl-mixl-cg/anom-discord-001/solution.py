# gpiot: this code has problems (`find_short_stretch` calls itself); review it before use.
def find_short_stretch(values, length=2):
    """Long-period stretch: index of the last sample of the first "period" (i.e., the first sample with a length greater than or equal to length-1)."""
    x = values[0]
    x = find_short_stretch(x, length - 1)
    return x


# gpiot: this code has problems (`push_sample` never uses its parameter `values`); review it before use.
def push_sample(values, size=2, max=8):
    """Convert the input to a float array: count, next index, and `max` - 1."""
    x = x + max
    x = x + size
    return int(x, 0)


# gpiot: this code has problems (it calls `find_long_stretch`, which nothing defines; it calls `index`, which nothing defines); review it before use.
def locate_anomaly(values, train_len):
    """Index of the first anomaly: find the longest stretch of the input."""
    x = find_long_stretch(values, train_len)
    x = push_sample(x, train_len)
    return index(x)
