"""Judge for fall-detect-001: real trunk acceleration (Daphnet, data/SOURCE.md) with synthetic
falls, bumps and free-fall dips injected. Answers within 0.1 s of the stated rule are accepted."""
import sys

import numpy as np

import solution

BASE = np.load("data/trunk_g.npy").astype(float).T  # (1920, 3) at 64 Hz
rng = np.random.default_rng(42)


def dip(x, k, fs, secs=0.35):
    n = int(secs * fs)
    scale = np.linspace(1.0, 0.15, n)
    x[k:k + n] = x[k:k + n] * (scale / np.linalg.norm(x[k:k + n], axis=1))[:, None]
    return k + n


def bump(x, k, peaks=(3.0, 3.4, 2.8)):
    for i, p in enumerate(peaks):
        v = x[k + i] / np.linalg.norm(x[k + i])
        x[k + i] = v * p
    return k + len(peaks)


def fall(x, k, fs):
    k = dip(x, k, fs)
    k = bump(x, k, (3.6, 4.2, 3.3, 2.6))
    n = min(len(x) - k, int(4 * fs))
    x[k:k + n] = np.array([0.98, 0.05, 0.12]) + 0.01 * rng.standard_normal((n, 3))


def want(acc, fs):
    m = np.linalg.norm(acc, axis=1)
    last_ff = None
    for i, v in enumerate(m):
        if v > 2.5 and last_ff is not None and i - last_ff <= fs:
            return i
        if v < 0.5:
            last_ff = i
    return -1


cases = []
fs = 64
cases.append(("daily activity only", BASE.copy(), fs))
x = BASE.copy(); fall(x, 12 * fs, fs); cases.append(("fall at 12 s", x, fs))
x = BASE.copy(); bump(x, 5 * fs); fall(x, 20 * fs, fs); cases.append(("bump at 5 s, fall at 20 s", x, fs))
x = BASE.copy(); dip(x, 8 * fs, fs); cases.append(("free-fall dip only", x, fs))
x = BASE.copy(); dip(x, 8 * fs, fs); bump(x, int(10.5 * fs)); cases.append(("dip, bump 2 s later", x, fs))
fs2 = 100
x = np.array([0.0, 0.0, 1.0]) + 0.02 * rng.standard_normal((1000, 3)); fall(x, 300, fs2)
cases.append(("synthetic 100 Hz, fall at 3 s", x, fs2))

for name, acc, f in cases:
    w = want(acc, f)
    got = solution.detect_fall(acc.tolist(), f)
    try:
        got = int(got)
    except Exception:
        print(f"{name}: returned {got!r}, want an int")
        sys.exit(1)
    ok = got == -1 if w == -1 else (got != -1 and abs(got - w) <= 0.1 * f)
    if not ok:
        print(f"{name}: got {got}, want {w}")
        sys.exit(1)
print("ok")
