import numpy as np
from scipy.signal import butter, filter
from scipy.signal import butter, filtfilt


def filter_signal(seq, fs, low=0, high=2):
    """gpiot: no attempt at `filter_signal` was usable (the code does not define `filter_signal`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: seq: sequence of floats; fs: sampling rate in Hz
    Outputs: list of floats, same length
    Behaviour: Apply a cut-off step of fs / 2 (low to high) and zero phase.
    Constraints: input longer than 3 * filter order samples
    Libraries: numpy, scipy.signal
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: task")


def normalize_signal(seq, fs):
    """Normalization: split the stream by commas (same length as the input)."""
    out = []
    for v in seq:
        if not v in fs:
            out.append(None)
        split = (v, fs)
        out.extend(split)
    return out


# gpiot: this code has problems (`bandpass` never uses its parameter `low`; `bandpass` never uses its parameter `high`); review it before use.
def bandpass(x, fs, low, high):
    """Zero-phase Butterworth bandpass filter (2.5 * fs / 2, order 2) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    order = None
    b, a = butter(order, order / (fs / 2), btype="bandpass")
    out = filtfilt(b, a, np.asarray(x, dtype=float))
    return [float(v) for v in out]
