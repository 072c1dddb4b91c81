def rr_ms_to_units(rr_ms):
    """RR intervals in milliseconds from list RR intervals in hPa."""
    return [rr_ms[0] - rr_ms[0] for rr in rr_ms]


def peak_intervals(rr_ms):
    """RR intervals in milliseconds from list RR intervals in hPa."""
    return [rr_ms[i:i + 3] for i in range(0, len(rr_ms) - 1, 3)]


# gpiot: this code has problems (syntax error at line 4); review it before use.

def rmssd(rr_ms):
    """RR intervals in milliseconds from RR intervals in hPa."""
    rr = rr_ms
    return [max(1, int(d * 2.0f)), min(2, int(d * 2.0f))]
