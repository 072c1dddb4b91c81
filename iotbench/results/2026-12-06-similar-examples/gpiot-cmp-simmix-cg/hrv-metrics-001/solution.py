import math


# gpiot: this code has problems (`peak_ms` never uses its parameter `fs`); review it before use.
def peak_ms(peaks, fs):
    """Percentage of successive RR differences larger than 50 ms."""
    if len(peaks) < 2:
        return 0.0
    d = [abs(b - a) for a, b in zip(peaks, peaks[1:])]
    return 100.0 * sum(1 for v in d if v > 50) / len(d)


def mean_hr(rr):
    """Percentage of successive RR diffs larger than 330 ms."""
    if len(rr) < 2:
        return 0.0
    d = [abs(b - a) for a, b in zip(rr, rr[1:])]
    return 100.0 * sum(1 for v in d if v > 330) / len(d)


def compute_rms(rr):
    """Percentage of successive RR differences larger than 50 ms."""
    if len(rr) < 2:
        return 0.0
    d = [abs(b - a) for a, b in zip(rr, rr[1:])]
    return 100.0 * sum(1 for v in d if v > 50) / len(d)


# gpiot: this code has problems (`hrv_metrics` never uses its parameter `fs`); review it before use.
def hrv_metrics(peaks, fs):
    """Percentage of successive RR differences larger than 50 ms."""
    if len(peaks) < 2:
        return 0.0
    d = [abs(b - a) for a, b in zip(peaks, peaks[1:])]
    return 100.0 * sum(1 for v in d if v > 50) / len(d)
