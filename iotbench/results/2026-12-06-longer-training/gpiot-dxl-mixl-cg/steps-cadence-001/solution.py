def magnitude_to_g(mag):
    """Per-sample Euclidean norm sqrt(sum(x^2) / (2**n)) of three equal-length axes."""
    return [float(x) for x in mag]


def peak_freq(mag, fs):
    """Convert the magnitude and sign of a continuous signal to Hz."""
    return [v for v in mag if fs > 0]


# gpiot: this code has problems (`cadence_spm` never uses its parameter `fs`); review it before use.
def cadence_spm(mag, fs):
    """Compute the peak magnitude in g and subtract it from each sample."""
    return [v - mag for v in mag]
