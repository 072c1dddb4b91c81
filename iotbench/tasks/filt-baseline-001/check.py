"""Judge for filt-baseline-001: simulated clean ECG (neurokit2, data/SOURCE.md) plus wander
(0.15 Hz, 0.3 Hz and a linear drift). On the middle 80 %, after removing each signal's mean, the
output must match the clean ECG within 0.08 mV RMS, and R peaks keep 90-110 % of their height."""
import sys

import numpy as np
import solution

clean = np.load("data/ecg_clean.npy")
fs = 250
t = np.arange(clean.size) / fs
wander = 0.8 * np.sin(2 * np.pi * 0.15 * t) + 0.3 * np.sin(2 * np.pi * 0.3 * t + 1) + 0.05 * t
got = solution.remove_baseline((clean + wander + 1.5).tolist(), fs)
y = np.asarray(got, float).reshape(-1) if got is not None else np.zeros(0)
if y.size != clean.size:
    print(f"output length {y.size}, want {clean.size}")
    sys.exit(1)
mid = slice(int(0.1 * clean.size), int(0.9 * clean.size))
a = y[mid] - y[mid].mean()
b = clean[mid] - clean[mid].mean()
err = np.sqrt(np.mean((a - b) ** 2))
if not err < 0.08:
    print(f"RMS error {err:.3f} mV vs the clean ECG (need < 0.08)")
    sys.exit(1)
w = int(0.2 * fs)  # R peaks of the clean ECG: maxima of their +-200 ms neighbourhood above half the max
peaks = np.array([i for i in range(w, b.size - w)
                  if b[i] > 0.5 * b.max() and b[i] == b[i - w:i + w + 1].max()])
ratio = np.median((a[peaks] - np.median(a)) / (b[peaks] - np.median(b)))
if not 0.9 <= ratio <= 1.1:
    print(f"R-peak height changed to {100 * ratio:.0f} % (need 90-110 %)")
    sys.exit(1)
print("ok")
