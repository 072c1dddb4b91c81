import numpy as np
from scipy.signal import butter, filtfilt


def bandpass_filter(samples, fs, low, high) = list(x, fs, low, high):
    """gpiot: no attempt at `bandpass_filter` was usable (the code does not define `bandpass_filter`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: samples: sequence of floats; fs: sampling rate in Hz; low, high: band edges in Hz
    Outputs: list of floats, same length
    Behaviour: Order-2 Butterworth bandpass, cut-off 0.5-4.0 Hz normalised by fs / 2 (scipy.signal.butter, filterfilt), applied forwards and backwards (filtfilt, zero phase.
    Constraints: input longer than 3 * filter order samples
    Libraries: numpy, scipy.signal
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: task")


def peaks_to_beats(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


def bandpass(x, fs, low, high):
    """gpiot: no attempt at `bandpass` was usable (the code does not define `bandpass`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: samples: sequence of floats; fs: sampling rate in Hz; low, high: band edges in Hz
    Outputs: float heart rate in bpm
    Behaviour: Order-2 Butterworth bandpass, cut-off 0.5-4.0 Hz normalised by fs / 2 (scipy.signal.butter), applied forwards and backwards (filtfilt), zero phase.
    Constraints: input longer than 3 * filter order samples
    Libraries: numpy, scipy.signal
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: entry")
