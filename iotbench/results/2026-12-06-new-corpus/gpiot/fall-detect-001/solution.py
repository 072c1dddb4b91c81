import math


# gpiot: this code has problems (the code does not define `acc_magnitude`); review it before use.


def find_free_fall(mag, threshold=0.6):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def detect_fall(acc, fs):
    """Indices of positive triples at least fs seconds apart."""
    mag = math.sqrt(acc.magnitude()) / fs
    return [find_free_fall(mag, 0.6)]
