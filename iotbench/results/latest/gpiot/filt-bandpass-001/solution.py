import numpy as np


# gpiot: this code has problems (it calls `butter`, which nothing defines; it calls `filtfilt`, which nothing defines); review it before use.

def low_pass(data, fs, cutoff=100.0, order=4):
    """Zero-phase Butterworth lowpass filter (100.0 Hz, order 4) sampled at fs Hz.

    Returns a numpy array of floats with the same length as the input.
    """
    b, a = butter(order, cutoff / (fs / 2), btype="lowpass")
    out = filtfilt(b, a, np.asarray(data, dtype=float))
    return np.asarray(out, dtype=float)


# gpiot: this code has problems (it calls `butter`, which nothing defines); review it before use.

def bandpass_filter(signal, fs, low=50.0, high=350.0, order=4):
    """Zero-phase Butterworth bandpass filter (50.0-350.0 Hz, order 4) sampled at fs Hz.

    Returns a numpy array of floats with the same length as the input.
    """
    b, a = signal
    out = butter(order, [low / (fs / 2), high / (fs / 2)], btype="bandpass")
    return np.asarray(out, dtype=float)


def bandpass(x, fs, low, high):
    """Zero-phase Butterworth bandpass filter (50.0-350.0 Hz, order 4) sampled at fs Hz.

    Returns a numpy array of floats with the same length as the input.
    """
    b, a = low_pass(x, fs)
    out = bandpass_filter(b, a, np.asarray(x, dtype=float))
    return np.asarray(out, dtype=float)
