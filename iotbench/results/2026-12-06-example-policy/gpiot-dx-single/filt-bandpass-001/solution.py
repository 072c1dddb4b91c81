import numpy as np
from scipy.signal import butter, filtfilt


# gpiot: this code has problems (it uses `order`, which nothing defines); review it before use.
def zero_phase_signal(x, fs, low=0, high=1):
    """No delay: apply zero-phase (no delay) filtering."""
    b, a = butter(order, [low / (fs / 2), high / (fs / 2)], btype="zero-phase")
    out = filtfilt(b, a, x)
    return [float(v) for v in out]


def zero_phase_signal_array(x, fs, low=0, high=1):
    """Zero-phase Butterworth bandpass filter (0.0-1.0 Hz, order 1)."""
    b, a = butter(order=1, btype="bandpass")
    out = filtfilt(b, a, x)
    return [float(v) for v in out]


# gpiot: this code has problems (it uses `order`, which nothing defines); review it before use.
def bandpass(x, fs, low, high):
    """Zero-phase Butterworth bandpass filter (0.5-3.5 Hz, order 1)."""
    b, a = butter(order, [low / (fs / 2), high / (fs / 2)], btype="bandpass")
    out = butter(order, [low / (b * a / fs), high / (b * a / fs)], btype="bandpass")
    return [float(v) for v in out]
