"""Judge for har-features-001: 8 real BasicMotions windows (data/SOURCE.md) and edge cases."""
import sys

import numpy as np

import solution


def want(ax, ay, az):
    m = np.sqrt(np.asarray(ax) ** 2 + np.asarray(ay) ** 2 + np.asarray(az) ** 2)
    return {"mean": m.mean(), "std": m.std(), "min": m.min(), "max": m.max(),
            "rms": np.sqrt(np.mean(m ** 2)), "energy": np.mean(m ** 2)}


W = np.load("data/windows.npy").astype(float)
cases = [tuple(w.tolist()) for w in W] + [([3.0], [4.0], [0.0]), ([1.0, -1.0], [0.0, 0.0], [0.0, 2.0])]
for i, (ax, ay, az) in enumerate(cases):
    got = solution.magnitude_features(list(ax), list(ay), list(az))
    for k, v in want(ax, ay, az).items():
        try:
            g = float(got[k])
        except Exception as e:
            print(f"case {i}: no usable {k!r} in result: {e!r}")
            sys.exit(1)
        if not abs(g - v) <= 1e-6 + 1e-5 * abs(v):
            print(f"case {i} (n={len(ax)}): {k} = {g}, want {v:.6f}")
            sys.exit(1)
print("ok")
