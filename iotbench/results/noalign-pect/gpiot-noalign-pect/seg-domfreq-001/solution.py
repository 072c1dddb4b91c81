import numpy as np


def fft_dominant_freq(x, fs):
    """Frequency in Hz of the largest FFT magnitude bin, ignoring the DC bin."""
    arr = np.asarray(x, dtype=float)
    spectrum = np.abs(np.fft.rfft(arr - arr.mean()))
    freqs = np.fft.rfftfreq(len(arr), d=1.0 / fs)
    k = int(np.argmax(spectrum[1:])) + 1
    return float(freqs[k])


def mean_magnitude(data):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(data) == 0:
        return []
    mean = sum(data) / len(data)
    return [v - mean for v in data]


def fft_dominant_frequency(x, fs):
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
