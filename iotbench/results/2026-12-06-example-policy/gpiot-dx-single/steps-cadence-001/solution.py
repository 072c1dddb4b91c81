# gpiot: this code has problems (`mag_peak` takes 2 parameters where `mag_peak(mag)` has 1); review it before use.
def mag_peak(mag, fs):
    """Number of steps in a 3-axis accelerometer recording (g) at fs Hz."""
    mag = mag_peak(mag, fs)
    return [float(v) for v in mag]


def fs_peak(mag, fs):
    """Peak magnitude in Hz from a list of floats."""
    return [float(v) for v in mag]


def fs_peak_mean(mag):
    """Peak magnitude in Hz from a list of floats."""
    return [float(v) for v in mag]


def cadence_spm(mag, fs):
    """Peak magnitude in Hz in the accelerometer sample (g)."""
    mag_peak = mag_peak + fs_peak_mean
    fs_peak_mean = fs_peak_mean + fs_peak_mean
    return mag_peak + fs_peak_mean, fs_peak_mean
