"""Judge for anom-discord-001: the real UCR anomaly series InternalBleeding16 (data/SOURCE.md;
labelled anomaly at samples 4187..4198), a cropped copy, and a synthetic pulse train with one
malformed beat. Scored like the UCR archive: the answer must lie within 100 samples of the
labelled stretch."""
import sys

import numpy as np

import solution

x = np.loadtxt("data/series.txt")
cases = [("InternalBleeding16", x, 1200, 4187, 4198),
         ("InternalBleeding16 from sample 700", x[700:], 500, 4187 - 700, 4198 - 700)]

rng = np.random.default_rng(21)
period, n = 90, 6000
t = np.arange(n)
ph = (t % period) / period


def beat(ph, late=0.0, dicrotic=0.35):
    rise = 1 / (1 + np.exp(-(ph - 0.08 - late) / 0.015))
    decay = np.exp(-np.clip(ph - 0.12 - late, 0, None) / 0.45)
    return rise * decay + dicrotic * np.exp(-((ph - 0.45 - late) ** 2) / 0.003) + 0.6 * np.exp(-ph / 0.05)


y = 80 + 30 * beat(ph) + 2 * np.sin(2 * np.pi * t / 700) + 0.3 * rng.standard_normal(n)
a0 = 4140  # one malformed beat: late systolic upstroke, no dicrotic wave
sl = slice(a0, a0 + period)
y[sl] = (80 + 30 * beat(ph[sl], late=0.1, dicrotic=0.0) + 2 * np.sin(2 * np.pi * t[sl] / 700)
         + 0.3 * rng.standard_normal(period))
cases.append(("synthetic pulse train", y, 1500, a0, a0 + period - 1))

for name, v, train_len, lo, hi in cases:
    got = solution.locate_anomaly(v.tolist(), train_len)
    try:
        got = int(got)
    except Exception:
        print(f"{name}: returned {got!r}, want an int index")
        sys.exit(1)
    if not lo - 100 <= got <= hi + 100:
        print(f"{name}: got index {got}, the anomaly is at {lo}..{hi} (+-100 accepted)")
        sys.exit(1)
print("ok")
