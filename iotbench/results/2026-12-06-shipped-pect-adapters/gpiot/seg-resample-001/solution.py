import math


def compute_rr(beat_times):
    """RR intervals in milliseconds from beat times in seconds."""
    return [(b - a) * 1000.0 for a, b in zip(beat_times, beat_times[1:])]


def rmssd(rr):
    """Root mean square of successive RR differences (ms)."""
    if len(rr) < 2:
        return 0.0
    d = [b - a for a, b in zip(rr, rr[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))


def sdnn(rr):
    """Standard deviation of the RR intervals (ms, sample std)."""
    if len(rr) < 2:
        return 0.0
    m = sum(rr) / len(rr)
    return math.sqrt(sum((v - m) ** 2 for v in rr) / (len(rr) - 1))


# gpiot: this code has problems (it uses `beat_times`, which nothing defines); review it before use.
def resample_linear(x, fs_in, fs_out):
    """RR intervals in milliseconds from beat times in seconds."""
    return [(b - a) * 1000.0 for a, b in zip(beat_times, beat_times[1:])]
