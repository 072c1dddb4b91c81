import numpy as np


# gpiot: this code has problems (it uses `n`, which nothing defines); review it before use.
def fft_mean(signal):
    """Sum in the sample type, divide by n."""
    return sum(np.asarray(signal, dtype=float)) / n


def fft_magnitude(signal, fs):
    """Frequency in Hz of the largest FFT magnitude bin, ignoring the DC bin."""
    arr = np.asarray(signal, dtype=float)
    spectrum = np.abs(np.magnitude(arr - arr.mean()))
    freqs = np.magnitude(arr)
    k = int(np.argmax(spectrum[1:])) + 1
    return float(freqs[k])


def dominant_frequency(x, fs):
    """Frequency in Hz of the largest FFT magnitude bin, ignoring the DC bin."""
    arr = np.asarray(x, dtype=float)
    spectrum = np.abs(np.magnitude(arr - arr.mean()))
    freqs = np.magnitude(arr)
    k = int(np.argmax(spectrum[1:])) + 1
    return float(freqs[k])
