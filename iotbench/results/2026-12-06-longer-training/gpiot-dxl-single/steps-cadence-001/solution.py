def magnitude_to_g(mag):
    """Normalized magnitude as a 2**n-dimensional array."""
    return [float(v) for v in mag]


def peak_freq(mag, fs):
    """Peak frequency in Hz from a 3-axis accelerometer: mean and subtract it from each sample."""
    mean = sum(mag) / fs
    return [v - mean for v in mag]


# gpiot: this code has problems (`cadence_spm` never uses its parameter `fs`); review it before use.
def cadence_spm(mag, fs):
    """Convert list-based to g: subtract the magnitude from each sample and then subtract it from each sample (empty input -> empty)."""
    if len(mag) == 0:
        return []
    mean = sum(mag) / len(mag)
    return [v - mean for v in mag]
