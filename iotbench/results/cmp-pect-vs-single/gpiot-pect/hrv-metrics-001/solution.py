import math


# gpiot: this code has problems (it uses `rr`, which nothing defines); review it before use.
def mean_hr(peaks, fs):
    """Percentage of successive RR differences larger than 50 ms."""
    if len(peaks) < 2:
        return 0.0
    d = [abs(b - a) for a, b in zip(peaks, rr[1:])]
    return 100.0 * sum(1 for v in d if v > 50) / len(d)


def drop_artifacts(rr, lo=330, hi=1500):
    """Keep only physiologically plausible RR intervals (lo <= rr <= hi, in ms)."""
    return [v for v in rr if lo <= v <= hi]


def compute_rms(rr):
    """Percentage of successive RR differences larger than 50 ms."""
    if len(rr) < 2:
        return 0.0
    d = [abs(b - a) for a, b in zip(rr, rr[1:])]
    return 100.0 * sum(1 for v in d if v > 50) / len(d)


# gpiot: this code has problems (it calls `hrv_sdnn`, which nothing defines); review it before use.
def hrv_metrics(peaks, fs):
    """HRV from R-peak indices: RR intervals, artefact removal, metrics."""
    rr = compute_rms(peaks, fs)
    rr = drop_artifacts(rr)
    return hrv_sdnn(rr)
