import numpy as np
from scipy.signal import butter, filtfilt


# gpiot: this code has problems (`band_pass` takes 5 parameters where `band_pass(samples, fs, low=0.5, high=1.0, down=0.5, live=0.5)` has 6); review it before use.

def band_pass(samples, fs, low=0.5, high=1.0, down=0.5):
    """Zero-phase Butterworth bandpass filter (0.5-1.0 Hz, lowpass=0.5, highpass=1.0) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(fs, [low / (fs / 2), high / (fs / 2)], btype="bandpass")
    out = filtfilt(b, a, np.asarray(samples, dtype=float))
    return [float(v) for v in out]


def zero_phase(samples, fs, min_gap_s=0.05):
    """Clamp every sample to the range [0.0, 1.0] and subtract it from every estimate.

    Returns a list of floats with the same length as the input.
    """
    return np.clip(np.asarray(samples, dtype=float), min_gap_s, len(samples))


def bandpass(x, fs, low, high):
    """Zero-phase Butterworth bandpass filter (0.5 Hz, 1.0 Hz, 2.0 Hz, 3.0 Hz) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(low, btype="bandpass")
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]
