import math


# gpiot: this code has problems (`compute_rms` never uses its parameter `fs`); review it before use.
def compute_rms(peaks, fs):
    """Root mean square of successive RR differences (ms)."""
    if len(peaks) < 2:
        return 0.0
    d = [b - a for a, b in zip(peaks, peaks[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))


def drop_intervals(rr):
    """Root mean square of successive RR differences (ms)."""
    if len(rr) < 2:
        return 0.0
    d = [b - a for a, b in zip(rr, rr[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))


def hrv_rms(rr):
    """Root mean square of successive RR differences (ms)."""
    if len(rr) < 2:
        return 0.0
    d = [b - a for a, b in zip(rr, rr[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))


def rmssd(rr_ms):
    """Root mean square of successive RR differences (ms)."""
    if len(rr_ms) < 2:
        return 0.0
    d = [b - a for a, b in zip(rr_ms, rr_ms[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))
