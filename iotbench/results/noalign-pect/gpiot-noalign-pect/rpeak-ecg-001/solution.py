import numpy as np
from scipy.signal import iirnotch, filtfilt
from scipy.signal import butter, filtfilt


def powerline_notch(samples, fs, f0=50.0, q=35.0):
    """Remove mains interference at f0 Hz with a zero-phase IIR notch (quality factor q).

    Returns a list of floats with the same length as the input.
    """
    b, a = iirnotch(f0, q, fs)
    out = filtfilt(b, a, np.asarray(samples, dtype=float))
    return [float(v) for v in out]


def apply_lowpass(x, fs, cutoff=36.0, order=2):
    """Zero-phase Butterworth lowpass filter (36.0 Hz, order 2) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    b, a = butter(order, cutoff / (fs / 2), btype="lowpass")
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]


def detect_r_peaks(ecg, fs):
    """Remove mains interference at f0 Hz with a zero-phase IIR notch (quality factor q).

    Returns a list of floats with the same length as the input.
    """
    b, a = filtfilt(np.asarray(ecg.signal.signal.threshold, dtype=float), np.asarray(ecg.signal.signal.threshold, dtype=float))
    out = filtfilt(np.asarray(ecg.signal.signal.threshold, dtype=float), np.asarray(ecg.signal.signal.threshold, dtype=float))
    return [float(v) for v in out]
