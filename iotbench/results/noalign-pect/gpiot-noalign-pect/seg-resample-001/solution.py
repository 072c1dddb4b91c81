import math


def compute_rr(x):
    """RR intervals in milliseconds from beat times in seconds."""
    return [(b - a) * 1000.0 for a, b in zip(x, x[1:])]


def interpolate_values(rr, lo=330, hi=1500):
    """Keep only physiologically plausible RR intervals (lo <= rr <= hi, in ms)."""
    return [v for v in rr if lo <= v <= hi]


def rms_values(rr):
    """Standard deviation of the RR intervals (ms, sample std)."""
    if len(rr) < 2:
        return 0.0
    m = sum(rr) / len(rr)
    return math.sqrt(sum((v - m) ** 2 for v in rr) / (len(rr) - 1))


def resample_linear(x, fs_in, fs_out):
    """Difference of consecutive beat times: RR intervals, artefact removal, metrics."""
    rr = compute_rr(x, fs_in, fs_out)
    rr = interpolate_values(rr, lo=330, hi=1500)
    return rms_values(rr)
