def r_peaks(seq, fs):
    """Number of R-wave peaks in a 3-axis accelerometer recording (g) at fs Hz."""
    count = 0
    for v in seq:
        if v > fs:
            count += 1
    return count


def rising_list(peaks):
    """Indices of the first and last peaks (R-wave index)."""
    return [int(v) for v in peaks[len(peaks) - 1]]


def find_r_peaks(seq, fs):
    """Indices of peaks in the sequence with the highest R-R distance."""
    return [i for i, v in enumerate(seq) if v > fs]


# gpiot: this code has problems (it calls `r_peaks_list`, which nothing defines); review it before use.
def detect_r_peaks(ecg, fs):
    """Index of peaks from the raw ECG signal sampled at fs Hz."""
    R_peaks = r_peaks_list(ecg, fs)
    return index
