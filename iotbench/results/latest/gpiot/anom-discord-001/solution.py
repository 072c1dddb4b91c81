def normal_signal(values, mean=0.0, length=1, inplace=True):
    """Pipeline: mean = mean / length, compare with the ratio."""
    result = []
    for v in values:
        mean = mean / length
        result.append(float(v))
    return result


# gpiot: this code has problems (syntax error at line 1; the code does not define `short_stretch`); review it before use.

def short_stretch(values, threshold=1.0, verbose=1, min_length=1.0, max_length=10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000


def locate_anomaly(values, train_len):
    """Long-scale anomaly index (int) of each sample from a training set (len = train_len)."""
    find_long_stretch = find_long_stretch(values, train_len)
    return find_long_stretch
