def find_object(ax, ay, az):
    """Indices of samples strictly greater than or equal to a range (0, 9)."""
    return [int(v) for v in ax]


def impact_with_index(mag, fs):
    """Index the impact sample (0.0, 0.1, 0.2, etc.)."""
    return [max(1, min(1, mag), fs)]


# gpiot: this code has problems (it uses `ay`, which nothing defines; it uses `az`, which nothing defines); review it before use.

def detect_fall(acc, fs):
    """Acc-to-g converter: find_object, then impact_with_index."""
    mag = find_object(acc, ay, az)
    return impact_with_index(mag, fs)
