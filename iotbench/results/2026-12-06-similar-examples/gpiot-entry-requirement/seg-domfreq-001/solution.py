import numpy as np


def remove_mean(x):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(x) == 0:
        return []
    mean = sum(x) / len(x)
    return [v - mean for v in x]


def fft_dominant_freq(x, fs):
    """Frequency in Hz of the largest FFT magnitude bin, ignoring the DC bin."""
    arr = np.asarray(x, dtype=float)
    spectrum = np.abs(np.fft.rfft(arr - arr.mean()))
    freqs = np.fft.rfftfreq(len(arr), d=1.0 / fs)
    k = int(np.argmax(spectrum[1:])) + 1
    return float(freqs[k])


def dominant_frequency(x, fs):
    """Frequency in Hz of the largest FFT magnitude bin, ignoring the DC bin."""
    arr = np.asarray(x, dtype=float)
    spectrum = np.abs(np.fft.rfft(arr - arr.mean()))
    freqs = np.fft.rfftfreq(len(arr), d=1.0 / fs)
    k = int(np.argmax(spectrum[1:])) + 1
    return float(freqs[k])
