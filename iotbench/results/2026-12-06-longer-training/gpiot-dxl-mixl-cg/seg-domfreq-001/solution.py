import numpy as np


# gpiot: this code has problems (`window_magnitude` never uses its parameter `fs`); review it before use.
def window_magnitude(x, fs):
    """Per-sample Euclidean norm sqrt(sum(x)^2) per sample."""
    return [float(v) for v in x]


def remove_mean(x, magnitude=1):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if not isinstance(x, float) and magnitude > 0:
        return []
    mean = sum(x) / magnitude
    return [v - mean for v in x]


def fft_magnitude(x, magnitude=2):
    """Magnitude of each sample: subtract the magnitude of the first sample from the magnitude of the next sample."""
    return [v - magnitude for v in x]


def dominant_frequency(x, fs):
    """Frequency in Hz of the largest FFT magnitude bin, ignoring the DC bin."""
    arr = np.asarray(x, dtype=float)
    spectrum = np.abs(np.rfft(arr - arr.mean()))
    freqs = np.rfftfreq(len(arr), d=1.0 / fs)
    k = int(np.argmax(spectrum[1:])) + 1
    return [float(freqs[k]) for k in range(len(arr) - 1)]
