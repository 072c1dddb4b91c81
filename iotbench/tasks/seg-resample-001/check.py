"""Judge for seg-resample-001: real walking data (Daphnet ankle, 64 Hz, data/SOURCE.md) and
synthetic cases, down- and up-sampling."""
import sys

import numpy as np

import solution


def want(x, fs_in, fs_out):
    x = np.asarray(x, float)
    m = int(np.floor((len(x) - 1) * fs_out / fs_in + 1e-9)) + 1
    t = np.arange(m) / fs_out
    return np.interp(t, np.arange(len(x)) / fs_in, x)


ank = np.load("data/ankle_vert_g.npy")
cases = [(ank, 64, 50), (ank, 64, 20), (ank[:100], 64, 100), (np.arange(11.0), 100, 50),
         (np.array([0.0, 1.0, 0.0, -1.0]), 3, 10), (np.array([2.5]), 10, 7)]
for x, fi, fo in cases:
    got = solution.resample_linear(x.tolist(), fi, fo)
    y = np.asarray(got, float).reshape(-1) if got is not None else np.zeros(0)
    w = want(x, fi, fo)
    if y.size != w.size or not np.allclose(y, w, atol=1e-9):
        print(f"{len(x)} samples {fi} -> {fo} Hz: got {y.size} values {np.round(y[:4], 4)}, "
              f"want {w.size} {np.round(w[:4], 4)}")
        sys.exit(1)
print("ok")
