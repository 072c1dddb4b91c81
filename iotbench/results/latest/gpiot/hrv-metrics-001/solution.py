def peak_to_bpm(peaks, intervals):
    """RR intervals in ms from peak samples: mean interval between consecutive peaks in seconds."""
    return [(b - a) / 2.0 for a, b in zip(peaks, intervals)]


def hrv_sdnn(peaks, fs):
    """Standard deviation of RR intervals in milliseconds from peak samples (RR intervals in ms)."""
    arr = []
    for i in peaks:
        arr.append(float(peaks[i] - peaks[i - 1]))
    return arr


def hrv_metrics(peaks, fs):
    """Standard deviation of RR intervals in ms from peak samples."""
    peaks = peak_to_bpm(peaks)
    return hrv_sdnn(peaks, fs)
