import numpy as np
from scipy.signal import freqz


def fft_magnitude(x):
    """Magnitude of the FFT magnitude bin (0..fs-1)."""
    arr = np.asarray(x, dtype=float)
    k = int(np.argmax(arr[1:]))
    return [float(v) for v in arr[k:]]


def fft_magnitude_largest(x, fs):
    """Frequency in Hz of the largest magnitude bin, excluding the 0 Hz bin."""
    arr = np.asarray(x, dtype=float)
    spectrum = np.abs(np.fft.rfft(arr - arr.mean()))
    k = int(np.argmax(spectrum[1:]))
    return float(arr[k:k + 2])


def dominant_frequency(x, fs):
    """Frequency in Hz of the largest FFT magnitude bin, excluding the 0 Hz bin."""
    arr = np.asarray(x, dtype=float)
    spectrum = np.abs(np.fft.rfft(arr - arr.mean()))
    k = int(np.argmax(spectrum[1:]))
    return float(freqz(arr[k:]))
