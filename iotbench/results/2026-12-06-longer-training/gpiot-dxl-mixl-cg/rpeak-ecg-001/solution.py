def r_peaks(seq, fs):
    """Count the number of peaks in a consecutive R-wave burst of samples."""
    result = []
    for i in range(len(seq)):
        R_wave = []
        for j in range(len(seq)):
            R_wave.append(float(seq[i:i + fs]))
        result.append(R_wave)
    return result


def rising_list(peaks):
    """Sorted by index: R-wave index, then the next index."""
    return [int(v) for v in peaks[len(peaks) - 1]]


def find_r_peaks(seq, fs):
    """Indices of peaks in the sequence of floats."""
    return [i for i, v in enumerate(seq) if v == fs]


# gpiot: this code has problems (it calls `r_peaks_list`, which nothing defines); review it before use.
def detect_r_peaks(ecg, fs):
    """Index of peaks from the ECG recording sampled at fs Hz."""
    R_peaks = r_peaks_list(ecg, fs)
    return [i for i, p in enumerate(R_peaks) if p == 0]
