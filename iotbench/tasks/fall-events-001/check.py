"""Judge for fall-events-001: real trunk acceleration magnitude (Daphnet, data/SOURCE.md) with
synthetic falls (impact + lying still) and bumps (impact, activity continues) injected.
The count must be exact and every time within 0.2 s of the stated rule."""
import sys

import numpy as np

import solution

FS = 64
BASE = np.linalg.norm(np.load("data/trunk_g.npy").astype(float), axis=0)  # (1920,)
rng = np.random.default_rng(9)


def bump(m, k, fs=FS):
    """A stumble: impact, then 3 s of brisk walking (about 2 steps/s)."""
    m[k:k + 3] = (3.3, 3.8, 3.1)
    t = np.arange(int(3 * fs)) / fs
    m[k + 3:k + 3 + t.size] = 1.0 + 0.3 * np.sin(2 * np.pi * 2.0 * t) + 0.02 * rng.standard_normal(t.size)


def fall(m, k, fs, lie_s=4.0):
    m[k:k + 4] = (3.6, 4.4, 3.5, 2.2)
    n = min(len(m) - k - 4, int(lie_s * fs))
    m[k + 4:k + 4 + n] = 1.0 + 0.01 * rng.standard_normal(n)


def want(m, fs):
    out, i, n = [], 0, len(m)
    while i < n:
        if m[i] > 3.0:
            if n - i - 1 < int(round(2.5 * fs)):
                break
            seg = m[i + int(round(0.5 * fs)):i + int(round(2.5 * fs))]
            if np.std(seg) < 0.05:
                out.append(i / fs)
            i += int(round(2.5 * fs))
            continue
        i += 1
    return out


cases = [("daily activity only", BASE.copy(), FS)]
m = BASE.copy(); fall(m, 6 * FS, FS); bump(m, 13 * FS); fall(m, 20 * FS, FS)
cases.append(("falls at 6 s and 20 s, bump at 13 s", m, FS))
m = BASE.copy(); bump(m, 3 * FS); fall(m, int(28.5 * FS), FS)
cases.append(("bump at 3 s, impact 1.5 s before the end", m, FS))
m = 1.0 + 0.01 * rng.standard_normal(1500); fall(m, 200, 50); fall(m, 700, 50); bump(m, 1100, 50)
cases.append(("synthetic 50 Hz: falls at 4 s and 14 s, bump at 22 s", m, 50))

for name, m, fs in cases:
    w = want(m, fs)
    got = solution.detect_falls(m.tolist(), fs)
    try:
        got = [float(v) for v in got]
    except Exception:
        print(f"{name}: returned {got!r}, want a list of seconds")
        sys.exit(1)
    if len(got) != len(w) or any(abs(a - b) > 0.2 for a, b in zip(got, w)):
        print(f"{name}: got {[round(v, 2) for v in got]}, want {[round(v, 2) for v in w]}")
        sys.exit(1)
print("ok")
