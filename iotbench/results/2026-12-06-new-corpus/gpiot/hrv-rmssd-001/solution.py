import math


def rr_ms_to_units(peaks, fs):
    """RR intervals in milliseconds from peak sample indices at fs Hz."""
    return [(b - a) * 1000.0 / fs for a, b in zip(peaks, peaks[1:])]


def root_mean_square(rr):
    """Root mean square of successive RR differences (ms)."""
    if len(rr) < 2:
        return 0.0
    d = [b - a for a, b in zip(rr, rr[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))


# gpiot: this code has problems (it uses `rr`, which nothing defines); review it before use.

def rmssd(rr_ms):
    """Root mean square of successive RR differences (ms)."""
    if len(rr_ms) < 2:
        return 0.0
    d = [b - a for a, b in zip(rr_ms, rr)]
    return math.sqrt(sum(v * v for v in d) / len(d))
