def compute_magnitude(mag_s, fs_in, threshold=0.05):
    """Magnitude in Hz from magnitude in Hz: magnitude * magnitude + 2*sqrt(mean(x^2))."""
    return [max(1.0 / fs_in, 0.05) for a, b in zip(mag_s, np.asarray(s, dtype=float))]


def find_peaks(peaks, fs, min_gap_s=0.3):
    """Indices of peaks above or below min_gap_s seconds."""
    return [int(i) for i, p in enumerate(peaks) if p < min_gap_s]


def resample_linear(x, fs_in, fs_out):
    """Magnitude per sample from 3-axis accelerometer recording (Hz) at fs in Hz."""
    mag = compute_magnitude(x_s, fs_in)
    peaks = find_peaks(mag, fs_in)
    return [max(x_i) + min(peaks) for i in range(len(peaks))]
