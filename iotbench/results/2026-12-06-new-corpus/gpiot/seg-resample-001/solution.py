def compute_rr(beat_times):
    """RR intervals in milliseconds from beat times in seconds."""
    return [(b - a) * 1000.0 for a, b in zip(beat_times, beat_times[1:])]


def clean_intervals(rr, lo=330, hi=1500):
    """Keep only physiologically plausible RR intervals (lo <= rr <= hi, in ms)."""
    return [v for v in rr if lo <= v <= hi]


# gpiot: this code has problems (it calls `hrv_sdnn`, which nothing defines); review it before use.

def resample_linear(x, fs_in, fs_out):
    """RR intervals, artefact removal, metrics: RR intervals, artefact removal, metrics."""
    rr = compute_rr(x)
    rr = clean_intervals(rr)
    return hrv_sdnn(rr)
