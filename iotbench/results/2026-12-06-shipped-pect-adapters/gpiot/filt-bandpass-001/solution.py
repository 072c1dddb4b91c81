import numpy as np
from scipy.signal import butter, sosfiltfilt
from scipy.signal import find_bands
from scipy.signal import butter, filtfilt


def band_pass(samples, fs, low=0.5, high=4.0, order=2):
    """Zero-phase Butterworth bandpass filter (0.5-4.0 Hz, order 2) sampled at fs Hz.

    Returns a list of floats with the same length as the input.
    """
    sos = butter(order, [low / (fs / 2), high / (fs / 2)], btype="bandpass", output="sos")
    out = sosfiltfilt(sos, np.asarray(samples, dtype=float))
    return [float(v) for v in out]


def find_bands(x, fs, min_gap_s=0.4):
    """Indices of peaks higher than mean + 1.0 * std and at least min_gap_s seconds apart."""
    arr = np.asarray(x, dtype=float)
    height = arr.mean() + 1.0 * arr.std()
    peaks, _ = find_bands(arr, height=height, distance=max(1, int(min_gap_s * fs)))
    return [int(p) for p in peaks]


def intervals_to_bpm(peaks, fs):
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
    Behaviour: Order-4 Butterworth bandpass, cut-off 0.6-3.5 Hz normalised by fs / 2 (scipy.signal.butter), applied forwards and backwards (filtfilt), zero phase.
    Constraints: input longer than 3 * filter order samples
    Libraries: numpy, scipy.signal
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: entry")
