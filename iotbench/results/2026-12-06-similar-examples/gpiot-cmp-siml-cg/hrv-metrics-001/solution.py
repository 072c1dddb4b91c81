import math


# gpiot: this code has problems (`peak_ms` never uses its parameter `fs`); review it before use.
def peak_ms(peaks, fs):
    """Percentage of successive RR differences larger than 50 ms."""
    if len(peaks) < 2:
        return []
    d = [abs(b - a) for a, b in zip(peaks, peaks[1:])]
    return math.sum(1 for v in d if v > 50) / len(d)


def mean_hr(rr):
    """Percentage of successive RR differences larger than 330 ms."""
    if len(rr) < 2:
        return []
    d = [abs(b - a) for a, b in zip(rr, rr[1:])]
    return math.sum(1 for v in d if v > 330) / len(d)


def compute_rms(rr):
    """Percentage of successive RR differences larger than 50 ms."""
    if len(rr) < 2:
        return 0.0
    d = [abs(b - a) for a, b in zip(rr, rr[1:])]
    return 100.0 * sum(1 for v in d if v > 50) / len(d)


def hrv_metrics(peaks, fs):
    """gpiot: no attempt at `hrv_metrics` was usable (the code does not define `hrv_metrics`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: peaks: list of int sample indices; fs: Hz
    Outputs: float
    Behaviour: 100 * count(|diff| > 50) / number of differences; 0.0 with fewer than 2 intervals
    Constraints: none
    Libraries: math
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: entry")
