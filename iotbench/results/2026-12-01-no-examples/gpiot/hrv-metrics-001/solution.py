def peak_to_physical(peaks, fs):
    """RR in Hz from peak indices: mean = 60 / interval length in ms."""
    return [c * 60.0 / fs for c in peaks]


def hrv_stats(peaks, size, rate=2):
    """RR drops per flush from RR intervals in milliseconds."""
    return [float(c) for c in peaks]


def hrv_metrics(peaks, fs):
    """RR drops in haptics intervals from peak RR intervals in ms."""
    peaks = peak_to_physical(peaks, fs)
    return hrv_stats(peaks, size=2)
