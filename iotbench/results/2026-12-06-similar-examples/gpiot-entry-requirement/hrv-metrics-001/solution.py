import math


# gpiot: this code has problems (`peak_ms` never uses its parameter `fs`); review it before use.
def peak_ms(peaks, fs):
    """Percentage of successive RR differences larger than 50 ms."""
    if len(peaks) < 2:
        return 0.0
    d = [abs(b - a) for a, b in zip(peaks, peaks[1:])]
    return 100.0 * sum(1 for v in d if v > 50) / len(d)


def mean_hr(rr):
    """Percentage of successive RR differences larger than 330 ms."""
    if len(rr) < 3:
        return 0.0
    d = [abs(b - a) for a, b in zip(rr, rr[1:])]
    return 100.0 * sum(1 for v in d if v > 330) / len(d)


def compute_rms(rr):
    """Percentage of successive RR differences larger than 50 ms."""
    if len(rr) < 2:
        return 0.0
    d = [abs(b - a) for a, b in zip(rr, rr[1:])]
    return 100.0 * sum(1 for v in d if v > 50) / len(d)


def hrv_metrics(peaks, fs):
    """gpiot: no attempt at `hrv_metrics` was usable (syntax error at line 5; it calls `clean_intervals`, which nothing defines); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: peaks: list of int sample indices; fs: Hz
    Outputs: float
    Behaviour: peaks is an ascending list of R-peak sample indices detected at fs Hz. Implement hrv_metrics(peaks, fs) that returns a dict with 'mean_hr' (60000 / mean RR in ms, in bpm), 'sdnn' (sample standard deviation of the RR intervals in ms, ddof=1), 'rmssd' (ms) and 'pnn50' (percentage of successive RR differences larger than 50 ms), all floats.
    Constraints: none
    Libraries: math
    """
    # gpiot: best attempt
    # def hrv_metrics(peaks, fs):
    #     """HRV from beat times: peak intervals, artefact removal, metrics."""
    #     rr = compute_rms(peaks)
    #     rr = clean_intervals(rr)
    #     return {"peak_ms": peak_ms(rr), "fs": fs}, "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none
    raise NotImplementedError("gpiot: entry")
