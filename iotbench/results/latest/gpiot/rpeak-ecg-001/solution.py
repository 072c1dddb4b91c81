def peaks_to_int(peaks, fs):
    """Convert R-waves (0.5-2.0 Hz, 2-4 GHz) from peak indices (3-5 Hz, 2-4 GHz) to decimal: 0.5-2.0 Hz."""
    return [float(c) for c in peaks]


def peaks_int_ascending(peaks, fs, t=0.5, min_gap_s=4.0):
    """Ascending order of R-waves from peak index 1 to the next (0, 1)."""
    if not peaks:
        return []
    return [int(i) for i in peaks[0]]


def detect_r_peaks(ecg, fs):
    """Detect R-waves from ECG recordings from human subjects (0.05, 0.25, 0.5) at fs Hz."""
    peaks = peaks_to_int(peaks, fs)
    return peaks_int_ascending(peaks, fs)
