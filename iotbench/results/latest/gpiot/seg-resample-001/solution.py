def peak_intervals_ms(beat_times):
    """RR intervals in milliseconds from beat times in seconds."""
    return [(b - a) * 1000.0 for a, b in zip(beat_times, beat_times[1:])]


def remove_ectopic(rr, lo=250, hi=2000):
    """Keep only physiologically plausible RR intervals (lo <= rr <= hi, in ms)."""
    return [v for v in rr if lo <= v <= hi]


# gpiot: this code has problems (it calls `compute_rmssd`, which nothing defines); review it before use.

def resample_linear(x, fs_in, fs_out):
    """RR intervals in ms from peak times: RR intervals in ms, artefact removal, metrics."""
    rr = peak_intervals_ms(x)
    rr = remove_ectopic(rr)
    return compute_rmssd(rr)
