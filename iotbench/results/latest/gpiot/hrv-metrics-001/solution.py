def compute_rr(peaks, fs):
    """RR intervals in milliseconds from peak sample indices at fs Hz."""
    return [(b - a) * 1000.0 / fs for a, b in zip(peaks, peaks[1:])]


# gpiot: this code has problems (syntax error at line 1; the code does not define `remove_ectopic`; it calls `rr_intervals_ms`, which nothing defines; it calls `hrv_sdnn`, which nothing defines); review it before use.

def subtract_mean, then remove_sdnn(rr):
    """RR intervals in ms from R-peak indices: subtract RR from each peak."""
    rr = rr_intervals_ms(rr)
    rr = remove_ectopic(rr)
    return hrv_sdnn(rr)


# gpiot: this code has problems (it calls `hrv_rmssd`, which nothing defines; it calls `hrv_sdnn`, which nothing defines); review it before use.

def hrv_metrics(peaks, fs):
    """HRV from R-peak indices: RR intervals, artefact removal, metrics."""
    rr = compute_rr(peaks, fs)
    rr = remove_ectopic(rr)
    return {"rmssd": hrv_rmssd(rr), "sdnn": hrv_sdnn(rr)}
