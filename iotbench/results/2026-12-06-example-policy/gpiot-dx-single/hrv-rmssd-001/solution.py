import math


def compute_rms(rr):
    """Root mean square of successive RR differences (ms)."""
    if len(rr) < 2:
        return 0.0
    d = [b - a for a, b in zip(rr, rr[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))


def rms_ms(rr):
    """RMS of successive RR intervals (ms)."""
    if len(rr) < 2:
        return 0.0
    d = [b - a for a, b in zip(rr, rr[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))


def rmssd(rr_ms):
    """RMS of successive RR differences (ms)."""
    if len(rr_ms) < 2:
        return 0.0
    d = [b - a for a, b in zip(rr_ms, rr_ms[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))
