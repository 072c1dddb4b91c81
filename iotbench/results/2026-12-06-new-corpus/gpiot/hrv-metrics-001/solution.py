import math


def peak_to_rr(peaks, fs):
    """RR intervals in milliseconds from peak sample indices at fs Hz."""
    return [(b - a) * 1000.0 / fs for a, b in zip(peaks, peaks[1:])]


def rr_ms(rr):
    """Root mean square of successive RR differences (ms)."""
    if len(rr) < 2:
        return 0.0
    d = [b - a for a, b in zip(rr, rr[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))


def hrv_metrics(peaks, fs):
    """RR intervals in ms from peak sample indices: 0.0 with fewer than 2 intervals."""
    rr = peaks[0]
    rr = math.round(rr, 2)
    return rr_ms(rr)
