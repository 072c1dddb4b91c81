import numpy as np


def dominant_frequency(x, fs):
    x = np.asarray(x, float)
    spec = np.abs(np.fft.rfft(x - x.mean()))
    freqs = np.fft.rfftfreq(x.size, 1.0 / fs)
    return float(freqs[1 + int(np.argmax(spec[1:]))])
