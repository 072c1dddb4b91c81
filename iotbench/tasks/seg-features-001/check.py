"""Judge for seg-features-001."""
import sys

import numpy as np

import solution


def want(x):
    x = np.asarray(x, float)
    y = x - x.mean()
    return {"mean": x.mean(), "rms": np.sqrt(np.mean(x ** 2)), "peak_to_peak": x.max() - x.min(),
            "zero_crossings": float(np.sum(y[:-1] * y[1:] < 0))}


rng = np.random.default_rng(19)
t = np.arange(2000) / 1000
cases = [(0.5 + np.sin(2 * np.pi * 25 * t) + 0.3 * np.sin(2 * np.pi * 120 * t)).tolist(),
         (2.0 + 0.1 * rng.standard_normal(500)).tolist(), [1.0, -1.0, 1.0, -1.0],
         [3.0, 3.0, 3.0], [0.0, 2.0, 1.0, 1.0, 0.0, 2.0], [7.5]]
for x in cases:
    got = solution.window_features(list(x))
    for k, v in want(x).items():
        try:
            g = float(got[k])
        except Exception as e:
            print(f"no usable {k!r} in the result: {e!r}")
            sys.exit(1)
        if not abs(g - v) <= 1e-9 + 1e-7 * abs(v):
            print(f"window of {len(x)} samples {np.round(x[:4], 3).tolist()}...: {k} = {g}, want {v}")
            sys.exit(1)
print("ok")
