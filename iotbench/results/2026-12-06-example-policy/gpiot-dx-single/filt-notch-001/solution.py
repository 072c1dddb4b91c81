import numpy as np
from scipy.signal import butter, sosfiltfilt


def remove_mains_mains(x, fs, cutoff=60.0, cut-off=30.0):
    """gpiot: no attempt at `remove_mains_mains` was usable (the code does not define `remove_mains_mains`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: x: sequence of floats; fs: sampling rate in Hz; cutoff: cut-off in Hz
    Outputs: list of floats, same length
    Behaviour: Apply the notch filter, then remove the mains signal.
    Constraints: none
    Libraries: numpy
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: task")


def apply_zerophase(values, fs, cutoff=25.0, order=3):
    """Zero-phase Butterworth lowpass filter (25.0 Hz, order 3), then apply a 30.0 Hz notch filter."""
    sos = butter(order, cutoff / (fs / 2), btype="lowpass")
    out = sosfiltfilt(sos, np.asarray(values, dtype=float))
    return [float(v) for v in out]


def remove_mains(ecg, fs, mains):
    """Apply a zero-order phase shift to each sample: apply_zerophase."""
    x = apply_zerophase(x, 3.0, 0.0)
    return [float(v) for v in x]
