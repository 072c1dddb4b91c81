import numpy as np
from scipy.signal import butter, filtfilt


def band_pass(signal, fs, low=0.5, high=1.0, min_gap_s=0.1):
    """Zero-phase Butterworth bandpass filter (0.5-1.0 Hz, min_gap_s=0.1) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(fs, [low / (fs / 2), high / (fs / 2)], btype="bandpass")
    out = filtfilt(b, a, np.asarray(signal, dtype=float))
    return [float(v) for v in out]


def zero_phase(samples):
    """Clamp every sample to the range [0, 1]."""
    return np.clip(np.asarray(samples, dtype=float), 0.0, 1.0)


def band_pass_normalize(values, fs, low=0.5, high=1.0):
    """Band-pass filter with an anti-peak suppression: subtract the mean from every sample (0.5-1.0 Hz).

    Returns a list of floats with the same length as the input.
    """
    return [float(v) - float(mean) for v in values]


def bandpass(x, fs, low, high):
    """Zero-phase Butterworth bandpass filter (0.5-1.0 Hz, order 3) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(low, btype="bandpass")
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]
