"""Judge for filt-bandpass-001: an in-band tone must pass unchanged (amplitude and phase),
tones well outside the band must be removed. Checked on the middle 60 % of the signal."""
import sys

import numpy as np

import solution

rng = np.random.default_rng(8)
cases = [(100, 0.5, 5.0, 60), (250, 5.0, 15.0, 20), (1000, 20.0, 150.0, 5)]
for fs, lo, hi, secs in cases:
    t = np.arange(int(fs * secs)) / fs
    fin = np.sqrt(lo * hi)
    fout = [lo / 5, min(hi * 4, 0.45 * fs)]
    keep = np.sin(2 * np.pi * fin * t + 0.3)
    x = keep + sum(0.8 * np.sin(2 * np.pi * f * t + rng.uniform(0, 6)) for f in fout) + 0.5
    got = solution.bandpass(x.tolist(), fs, lo, hi)
    y = np.asarray(got, float).reshape(-1) if got is not None else np.zeros(0)
    if y.size != x.size:
        print(f"fs {fs}, band {lo}-{hi} Hz: output length {y.size}, want {x.size}")
        sys.exit(1)
    mid = slice(int(0.2 * x.size), int(0.8 * x.size))
    err = np.sqrt(np.mean((y[mid] - keep[mid]) ** 2)) / np.sqrt(np.mean(keep[mid] ** 2))
    if not err < 0.15:
        print(f"fs {fs}, band {lo}-{hi} Hz: relative error {err:.2f} vs the in-band {fin:.2f} Hz tone "
              f"(tones at {fout[0]:.2f} and {fout[1]:.1f} Hz and DC must go, no delay allowed); need < 0.15")
        sys.exit(1)
print("ok")
