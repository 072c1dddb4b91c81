"""Judge for anom-zscore-001: real ItalyPowerDemand days (data/SOURCE.md) with injected spikes."""
import sys

import numpy as np

import solution


def want(x, thr):
    x = np.asarray(x, float)
    if x.size == 0 or x.std() == 0:
        return []
    return [int(i) for i in np.where(np.abs(x - x.mean()) / x.std() > thr)[0]]


base = np.load("data/hourly_mw.npy")
spiked = base.copy()
spiked[[50, 200, 333]] += [700.0, -650.0, 900.0]
cases = [(spiked, 3.0), (spiked, 2.5), (base, 2.2), ([1.0, 2.0, 3.0, 100.0], 1.5),
         ([5.0] * 10, 1.0), ([], 3.0)]
for x, thr in cases:
    got = solution.zscore_anomalies(list(x), thr)
    w = want(x, thr)
    got = sorted(int(i) for i in got) if got is not None else None
    if got != w:
        print(f"{len(x)} values, threshold {thr}: got {got}, want {w}")
        sys.exit(1)
print("ok")
