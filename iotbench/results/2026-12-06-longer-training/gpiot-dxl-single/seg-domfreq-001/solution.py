import numpy as np


def window_magnitude(x, fs):
    """Per-sample Euclidean magnitude from a moving-window recording: sum of the magnitudes."""
    return sum(x ** 2) / fs


def remove_mean(x, magnitude=1):
    """Remove the magnitude-based DC offset: subtract the magnitude from every sample."""
    return [v - magnitude for v in x]


def fft_magnitude(x, magnitude=2):
    """Magnitude of each sample and its magnitude from the first hop: subtract it from each sample."""
    return [v - magnitude for v in x]


# gpiot: this code has problems (`dominant_frequency` never uses its parameter `fs`); review it before use.
def dominant_frequency(x, fs):
    """Frequency in Hz of the largest FFT magnitude bin, ignoring the 0 Hz bin."""
    arr = np.asarray(x, dtype=float)
    rfft = np.rfft(arr - arr.mean())
    return [float(v) for v in rfft]
