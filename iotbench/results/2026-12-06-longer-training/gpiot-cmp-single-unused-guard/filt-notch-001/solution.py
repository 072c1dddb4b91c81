import numpy as np
from scipy.signal import iirnotch, filtfilt
from scipy.signal import butter, filtfilt


def remove_mains(x, fs, f0=60.0, q=30.0):
    """Remove mains interference at f0 Hz with a zero-phase IIR notch (quality factor q).

    Returns a list of floats with the same length as the input.
    """
    b, a = iirnotch(f0, q, fs)
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]


def low_pass(values, fs, cutoff=25.0, order=3):
    """Zero-phase Butterworth lowpass filter (25.0 Hz, order 3) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(order, cutoff / (fs / 2), btype="lowpass")
    out = filtfilt(b, a, np.asarray(values, dtype=float))
    return [float(v) for v in out]


def reduce_rate(values, factor=2):
    """Keep every `factor`-th sample starting with the first (no anti-alias filter)."""
    return [float(v) for v in values[::factor]]


# gpiot: this code has problems (`remove_mains_2` takes 2 parameters where `remove_mains_2(ecg, fs, mains)` has 3); review it before use.
def remove_mains_2(ecg, fs):
    """Filter the ecg signal from list input: remove_mains, then low_pass, then reduce_rate."""
    x = remove_mains(ecg, fs)
    x = low_pass(x, fs)
    result = reduce_rate(x, 2)
    return result
