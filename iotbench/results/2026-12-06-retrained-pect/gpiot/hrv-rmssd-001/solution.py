import math


def compute_rr(peaks, fs):
    """RR intervals in milliseconds from peak sample indices at fs Hz."""
    return [(b - a) * 1000.0 / fs for a, b in zip(peaks, peaks[1:])]


def drop_artifacts(rr, lo=250, hi=2000):
    """Keep only physiologically plausible RR intervals (lo <= rr <= hi, in ms)."""
    return [v for v in rr if lo <= v <= hi]


def hrv_rmssd(rr):
    """Root mean square of successive RR differences (ms)."""
    if len(rr) < 2:
        return 0.0
    d = [b - a for a, b in zip(rr, rr[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))


# gpiot: this code has problems (it uses `peaks`, which nothing defines; it uses `fs`, which nothing defines); review it before use.
def rmssd(rr_ms):
    """RR intervals, artefact removal, metrics."""
    rr = compute_rr(peaks, fs)
    rr = drop_artifacts(rr)
    return hrv_rmssd(rr)
