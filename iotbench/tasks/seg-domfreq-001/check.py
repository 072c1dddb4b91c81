"""Judge for seg-domfreq-001: real walking/running gyroscope windows (BasicMotions, 10 Hz,
data/SOURCE.md) and synthetic tones; accepted within one FFT bin (fs / n)."""
import sys

import numpy as np

import solution


def want(x, fs):
    x = np.asarray(x, float)
    s = np.abs(np.fft.rfft(x - x.mean()))
    f = np.fft.rfftfreq(x.size, 1 / fs)
    return f[1 + int(np.argmax(s[1:]))]


rng = np.random.default_rng(23)
cases = [(g, 10) for g in np.load("data/gyro.npy").astype(float)]
t = np.arange(1000) / 100
cases.append((5 + np.sin(2 * np.pi * 12.5 * t) + 0.4 * np.sin(2 * np.pi * 3 * t) + 0.2 * rng.standard_normal(t.size), 100))
t = np.arange(256) / 50
cases.append((40 + 0.7 * np.sin(2 * np.pi * 1.95 * t) + 0.5 * np.sin(2 * np.pi * 20 * t), 50))
for x, fs in cases:
    got = solution.dominant_frequency(list(x), fs)
    w = want(x, fs)
    if got is None or not abs(float(got) - w) <= fs / len(x) + 1e-9:
        print(f"{len(x)} samples at {fs} Hz: got {got}, want {w:.3f} Hz (+- one bin)")
        sys.exit(1)
print("ok")
