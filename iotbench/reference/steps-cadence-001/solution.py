import numpy as np


def cadence_spm(mag, fs):
    x = np.asarray(mag, float)
    x = x - x.mean()
    spec = np.abs(np.fft.rfft(x))
    freqs = np.fft.rfftfreq(x.size, 1.0 / fs)
    band = (freqs >= 0.5) & (freqs <= 4.0)
    return float(60.0 * freqs[band][np.argmax(spec[band])])
