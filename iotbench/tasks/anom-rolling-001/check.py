"""Judge for anom-rolling-001: real ItalyPowerDemand days (data/SOURCE.md) with injected faults."""
import sys

import numpy as np

import solution


def want(x, window, k):
    x = np.asarray(x, float)
    out = []
    for i in range(window, len(x)):
        w = x[i - window:i]
        if abs(x[i] - w.mean()) > k * w.std():
            out.append(i)
    return out


base = np.load("data/hourly_mw.npy")
faulty = base.copy()
faulty[100] += 900.0          # spike
faulty[400] = 0.0             # dropout
faulty[600:606] = faulty[599]  # stuck meter
cases = [(faulty, 24, 4.0), (faulty, 48, 3.0), (base, 12, 3.5),
         ([10.0, 10.0, 10.0, 10.0, 10.0, 12.0, 10.0], 3, 2.0), ([1.0, 2.0], 5, 2.0)]
for x, window, k in cases:
    got = solution.rolling_anomalies(list(x), window, k)
    w = want(x, window, k)
    got = sorted(int(i) for i in got) if got is not None else None
    if got != w:
        print(f"{len(x)} readings, window {window}, k {k}: got {got}, want {w}")
        sys.exit(1)
print("ok")
