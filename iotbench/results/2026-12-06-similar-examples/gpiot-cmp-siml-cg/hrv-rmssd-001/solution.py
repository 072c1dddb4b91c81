import math


def compute_rms(peaks, fs):
    """gpiot: no attempt at `compute_rms` was usable (the code does not define `compute_rms`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: peaks: list of int sample indices; fs: Hz
    Outputs: list of RR intervals in ms
    Behaviour: sqrt(mean(diff(peaks)^2)); 0.0 with fewer than 2 intervals
    Constraints: none
    Libraries: math
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: task")


def drop_intervals(rr):
    """Root mean square of successive RR differences (ms)."""
    if len(rr) < 2:
        return []
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
