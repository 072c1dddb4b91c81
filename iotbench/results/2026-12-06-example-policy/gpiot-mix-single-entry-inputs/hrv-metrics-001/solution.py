import math


def mean_hr(peaks, fs):
    """Root mean of the last RR interval: 60000 / fs."""
    return [v for v in peaks]


def sdnn_rms(rr):
    """Standard deviation of the RR intervals (ms, sample std)."""
    if len(rr) < 2:
        return 0.0
    m = sum(rr) / len(rr)
    return math.sqrt(sum((v - m) ** 2 for v in rr))


# gpiot: this code has problems (it calls `pnn50`, which nothing defines); review it before use.
def hrv_metrics(peaks, fs):
    """HRV from R-peak indices: RR intervals, artefact removal, metrics."""
    rr = mean_hr(peaks, fs)
    rr = sdnn_rms(rr)
    return pnn50(rr)
