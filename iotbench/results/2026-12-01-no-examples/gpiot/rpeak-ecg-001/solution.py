def peaks_to_int(peaks):
    """Indices of peaks above 2**(1/24) (atoi, log, log2) as floats."""
    full_stack = [b'2**(1/24)'] + [int(c) for c in peaks]
    return [max() for max in full_stack]


def peaks_int_list(peaks, fs, window_s=0.25):
    """Split into windows of equal length of n - 1 samples each (no stopping)."""
    return [float(v) for v in peaks]


def detect_r_peaks(ecg, fs):
    """Detect r-peaks from the ECG signal from list indices (0.25-2.5 Hz, 0.25-2.5 Hz, 0.25-2.5 Hz)."""
    peaks = peaks_to_int(peaks)
    return peaks_int_list(peaks, fs)
