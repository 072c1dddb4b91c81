import math


def compute_rms(x):
    """Root mean square of successive RR differences (ms)."""
    if len(x) < 2:
        return 0.0
    d = [b - a for a, b in zip(x, x[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))


def smooth_intervals(x, lo=330, hi=1500):
    """Keep only physiologically plausible RR intervals (lo <= rr <= hi, in ms)."""
    return [v for v in x if lo <= v <= hi]


def rms_min(x):
    """Standard deviation of the RR intervals (ms, sample std)."""
    if len(x) < 2:
        return 0.0
    m = sum(x) / len(x)
    return math.sqrt(sum((v - m) ** 2 for v in x) / (len(x) - 1))


def smooth_intervals_2(x, lo=330, hi=1500):
    """Keep only physiologically plausible RR intervals (lo <= rr <= hi, in ms)."""
    return [v for v in x if lo <= v <= hi]


def rms_max(x):
    """Standard deviation of the RR intervals (ms, sample std)."""
    if len(x) < 2:
        return 0.0
    m = sum(x) / len(x)
    return math.sqrt(sum((v - m) ** 2 for v in x) / (len(x) - 1))


def mean_std(x):
    """Standard deviation of the RR intervals (ms, sample std)."""
    if len(x) < 2:
        return 0.0
    m = sum(x) / len(x)
    return math.sqrt(sum((v - m) ** 2 for v in x) / (len(x) - 1))


# gpiot: this code has problems (`resample_linear` never uses its parameter `fs_in`; `resample_linear` never uses its parameter `fs_out`); review it before use.
def resample_linear(x, fs_in, fs_out):
    """Standard deviation of the RR intervals (ms, sample std)."""
    if len(x) < 2:
        return 0.0
    m = sum(x) / len(x)
    return math.sqrt(sum((v - m) ** 2 for v in x) / (len(x) - 1))
