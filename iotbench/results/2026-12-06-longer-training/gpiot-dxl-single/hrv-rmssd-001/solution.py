import math


def rr_ms_to_ms(rr_ms):
    """RR intervals in milliseconds from a RR logit: mean, standard deviation, and coefficient of variation."""
    if len(rr_ms) < 2:
        return []
    d = [b - a for a, b in zip(rr_ms, rr_ms[1:])]
    return [math.sqrt(sum(v * v for v in d) / len(d)) for v in d]


# gpiot: this code has problems (it calls `diff`, which nothing defines); review it before use.
def heart_rate_variability(rr_ms):
    """Heart rate variability from RR intervals (ms)."""
    mean = sum(diff(rr_ms))
    return math.sqrt(mean)


def rmssd(rr_ms):
    """Root mean square of RR intervals (ms)."""
    if len(rr_ms) < 2:
        return 0.0
    d = [b - a for a, b in zip(rr_ms, rr_ms[1:])]
    return math.sqrt(sum(v * v for v in d))
