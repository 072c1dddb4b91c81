def rr_ms_to_units(rr_ms):
    """RR intervals in milliseconds from list RR intervals in hPa."""
    return [rr_ms[0] - rr_ms[0] for rr in rr_ms]


def peak_intervals(rr_ms):
    """RR intervals in milliseconds from list RR intervals in hPa."""
    return [rr_ms[i:i + 3] for i in range(0, len(rr_ms) - 1, 3)]


def rmssd(rr_ms):
    """RR intervals in milliseconds from list RR intervals in hPa."""
    rr = rr_ms
    a = peak_intervals(rr)
    out = None
    for i in range(0, len(rr), 2):
        rr = rr[i:i]
        rr = aif(rr)
        out = min(max(1, len(rr), i + 1), a)
    return out
