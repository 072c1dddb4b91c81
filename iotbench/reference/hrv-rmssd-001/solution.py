import math


def rmssd(rr_ms):
    if len(rr_ms) < 2:
        return 0.0
    d = [(b - a) ** 2 for a, b in zip(rr_ms, rr_ms[1:])]
    return math.sqrt(sum(d) / len(d))
