"""Judge for fus-kalman-001: the stated recursion on noisy temperature series (rel. tol 1e-6)."""
import sys

import numpy as np

import solution


def want(z, q, r, x, p):
    out = []
    for v in z:
        p = p + q
        k = p / (p + r)
        x = x + k * (v - x)
        p = (1 - k) * p
        out.append(x)
    return np.array(out)


rng = np.random.default_rng(14)
t = np.arange(600)
true = 22 + 0.004 * t + 0.5 * np.sin(t / 90)
cases = [((true + 0.8 * rng.standard_normal(t.size)).tolist(), 1e-3, 0.64, 20.0, 10.0),
         ((true + 0.2 * rng.standard_normal(t.size)).tolist(), 0.01, 0.04, 0.0, 1000.0),
         ([5.0, 5.5, 4.8], 0.0, 1.0, 0.0, 1.0), ([1.0], 0.1, 0.1, 0.0, 0.0)]
for z, q, r, x0, p0 in cases:
    got = solution.kalman_1d(list(z), q, r, x0, p0)
    y = np.asarray(got, float).reshape(-1) if got is not None else np.zeros(0)
    w = want(z, q, r, x0, p0)
    if y.size != w.size or not np.allclose(y, w, rtol=1e-6, atol=1e-9):
        print(f"{len(z)} measurements, q={q}, r={r}, x0={x0}, p0={p0}: got {y[:4]}, want {w[:4]}")
        sys.exit(1)
print("ok")
