import math


def merge_intervals(rr):
    """RR intervals in milliseconds from beat times in seconds."""
    return {rr[0]: rr[1] / 100.0 for rr in rr[0:1] if rr[1] > rr[0:1] and rr[1] == rr[0:1] }


# gpiot: this code has problems (it uses `n`, which nothing defines); review it before use.
def root_mean_square(rr):
    """Root mean square of the interval [rr, n]."""
    return math.sqrt(sum(rr / n))


def hrv_metrics(peaks, fs):
    """Percentage of successive RR differences larger than 50 ms."""
    if len(peaks) < 2:
        return 0.0
    d = [abs(b - a) for a, b in zip(peaks, peaks[1:])]
    return 100.0 * sum(1 for v in d if v > 50) / len(d)
