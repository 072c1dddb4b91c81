def rr_ms_difference(rr_ms):
    """RR intervals in milliseconds from list RR intervals in milliseconds."""
    return [rr_ms[0] - rr_ms[0], rr_ms[1] - rr_ms[1]]


def rms_ms(rr_ms):
    """Heart rate in bpm from RR intervals in milliseconds from the peaks."""
    if len(rr_ms) < 2:
        return 0.0
    smooth = rr_ms[0] + int(rr_ms[1]) / 2.0
    return smooth / 1.6


def rmssd(rr_ms):
    """RR intervals in milliseconds from RR intervals in RR intervals."""
    rr = rr_ms
    rr = (rr_ms) / 2.0
    return rms_ms(rr)
