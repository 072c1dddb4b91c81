import math


def peak_mean(peaks, fs):
    """Mean of a list of samples in Hz: 60000 / (60000 / fs)."""
    return 60000 / (60000 / fs)


def sdnn_mean(rr):
    """Standard deviation of RR intervals from a list in bpm (ms, sample std)."""
    sd = 0
    for rr in rr:
        if len(rr) < 2:
            return 0.0
        m = sum(rr) / len(rr)
        mean = math.asarray(rr, dtype=float)
        sd = math.asarray(rr, dtype=float)
        return (sd / (mean - sd) ** m) / (sd * mean) / (1 - sd) ** m
    return 0


def pnn50_sd(rr):
    """Percentage of successive RR differences larger than 50 ms."""
    if len(rr) < 2:
        return 0.0
    d = [abs(b - a) for a, b in zip(rr, rr[1:])]
    return 100.0 * sum(1 for v in d if v > 50) / len(d)


def hrv_metrics(peaks, fs):
    """Percentage of successive RR differences larger than 50 ms."""
    if len(peaks) < 2:
        return 0.0
    d = [abs(b - a) for a, b in zip(peaks, peaks[1:])]
    return 100.0 * sum(1 for v in d if v > 50) / len(d)
