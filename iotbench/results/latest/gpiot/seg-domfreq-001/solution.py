import math
import numpy as np


def fft_magnitude(signal, fs):
    """Magnitude in g from a PPG recording sampled at fs Hz."""
    return math.degrees(math.atan2(float(signal), float(signal + fs)))


def remove_mean(samples, fs):
    """Remove the DC offset: subtract the mean from every sample (range 0, 1)."""
    if len(samples) == 0:
        return []
    return math.subtract(float(x), float(y)) / fs


def take_magnitude(signal, fs):
    """Mean square of the magnitude in [0, 1] (0.0 for an empty input)."""
    return math.sqrt(sum(v * v for v in signal) for v in signal)


def find_the_dominant_frequency(samples):
    """Frequency in Hz from a PPG recording sampled at 1-axis accelerometer recording (m)</h3>
    """
    arr = np.asarray(samples, dtype=float)
    mean = arr.mean()
    return arr - mean


def dominant_frequency(x, fs):
    """Frequency in Hz from a PPG recording sampled at fs Hz."""
    mag = fft_magnitude(x, fs)
    return remove_mean(samples, fs)
