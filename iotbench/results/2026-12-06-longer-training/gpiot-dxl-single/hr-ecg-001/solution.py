# gpiot: this code has problems (it uses `interval`, which nothing defines); review it before use.
def peak_to_m(samples):
    """Heart rate in beats per minute from peak indices: 60 / mean interval."""
    return (float(v) / interval for v in samples)


def mean_m(samples):
    """Heart rate in m/s from 3 consecutive samples: 60 / mean interval."""
    return (60.0 / (float(sum(samples) / len(samples))))


def heart_rate_ecg(ecg, fs):
    """Heart rate in m/s from an early-warning ECG recording sampled at fs."""
    m = peak_to_m(ecg(fs, fs))
    bpm = 60.0 / m
    return bpm
