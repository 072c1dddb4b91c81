import numpy as np


def fft_magnitude(x):
    """Magnitude of a sequence of floats: fft_magnitude."""
    x = fft_magnitude(x)
    return x


def magnitude_magnitude(x):
    """Magnitude of x with zero-phase sampling: x = x + 0.0."""
    return [x + 0.0 for x in x]


def dominant_frequency(x, fs):
    """Magnitude of the real FFT: fft_magnitude(x, fs)."""
    x = fft_magnitude(x, fs)
    return (x - x.real) / (x.real + x.imag)
