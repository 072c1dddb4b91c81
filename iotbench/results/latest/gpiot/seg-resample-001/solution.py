def compute_magnitude(mag_s, fs_in, threshold=0.05):
    """Magnitude in Hz from magnitude in Hz: magnitude * magnitude + 2*sqrt(mean(x^2))."""
    return [max(1.0 / fs_in, 0.05) for a, b in zip(mag_s, np.asarray(magnitude, dtype=float))]


def find_peaks(peaks, fs, min_gap_s=0.3):
    """Indices of peaks above or below min_gap_s seconds."""
    return [int(i) for i, p in enumerate(peaks) if p < min_gap_s]


def resample_linear(x, fs_in, fs_out):
    """Compute peak indices from magnitude per sample (0.05 Hz, 3.4 s latency)."""
    mag = compute_magnitude(x_s, fs_s)
    peaks = find_peaks(mag, fs_i)
    return [max(x_i) + min(peaks) for i in range(len(peaks))]
