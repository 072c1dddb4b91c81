"""Judge for filt-notch-001: simulated clean ECG (neurokit2, data/SOURCE.md) plus 50 or 60 Hz hum.
Middle 80 %: the hum left must be < 5 % of its amplitude and the ECG error < 0.03 mV RMS."""
import sys

import numpy as np

import solution

clean = np.load("data/ecg_clean.npy")
fs = 500
t = np.arange(clean.size) / fs
mid = slice(int(0.1 * clean.size), int(0.9 * clean.size))
for mains, amp, ph in [(50, 0.3, 0.4), (60, 0.5, 2.0)]:
    hum = amp * np.sin(2 * np.pi * mains * t + ph)
    got = solution.remove_mains((clean + hum).tolist(), fs, mains)
    y = np.asarray(got, float).reshape(-1) if got is not None else np.zeros(0)
    if y.size != clean.size:
        print(f"{mains} Hz: output length {y.size}, want {clean.size}")
        sys.exit(1)
    tt = t[mid]
    left = 2 * np.hypot(np.mean(y[mid] * np.sin(2 * np.pi * mains * tt)),
                        np.mean(y[mid] * np.cos(2 * np.pi * mains * tt)))
    clean_part = 2 * np.hypot(np.mean(clean[mid] * np.sin(2 * np.pi * mains * tt)),
                              np.mean(clean[mid] * np.cos(2 * np.pi * mains * tt)))
    err = np.sqrt(np.mean((y[mid] - clean[mid]) ** 2))
    if not left < clean_part + 0.05 * amp:
        print(f"{mains} Hz: {left:.3f} mV of hum left of {amp} mV")
        sys.exit(1)
    if not err < 0.03:
        print(f"{mains} Hz: ECG distorted, RMS error {err:.3f} mV (need < 0.03)")
        sys.exit(1)
print("ok")
