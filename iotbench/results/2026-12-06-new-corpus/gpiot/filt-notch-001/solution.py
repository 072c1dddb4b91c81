import numpy as np
from scipy.signal import butter, filtfilt


# gpiot: this code has problems (it calls `iirnotch`, which nothing defines; it calls `filtfilt`, which nothing defines); review it before use.

def remove_mains_phase(x, fs, f0=60.0, q=30.0):
    """Remove mains interference at f0 Hz with a zero-phase IIR notch (quality factor q).

    Returns a list of floats with the same length as the input.
    """
    b, a = iirnotch(f0, q, fs)
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]


# gpiot: this code has problems (it uses `order`, which nothing defines); review it before use.

def low_pass(values, fs, cutoff=25.0, polynomial_order=3):
    """Zero-phase Butterworth lowpass filter (25.0 Hz, order 3) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(order, cutoff / (fs / 2), btype="lowpass")
    out = filtfilt(b, a, np.asarray(values, dtype=float))
    return [float(v) for v in out]


# gpiot: this code has problems (it calls `iirnotch`, which nothing defines; it calls `filtfilt`, which nothing defines); review it before use.

def remove_mains(ecg, fs, mains):
    """Remove mains interference at f0 Hz with a zero-phase IIR notch (quality factor q).

    Returns a list of floats with the same length as the input.
    """
    b, a = iirnotch(f0, q, mains)
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]
