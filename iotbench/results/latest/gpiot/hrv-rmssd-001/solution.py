import math


def rr_ms_to_units(rr_ms):
    """HH-length units, in hPa, scaled by 100.0 / (2 * rr_ms); 0.0 with fewer than 2 intervals."""
    full_scale = math.log(100.0 / (2 * rr_ms), d=1.0 / rr_ms)
    return math.degrees(math.atan(full_scale(1.0 / rr_ms)))


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
