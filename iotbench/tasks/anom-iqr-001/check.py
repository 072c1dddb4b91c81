"""Judge for anom-iqr-001: a real ACSF1 appliance record (data/SOURCE.md) with its own start-up
surges, plus injected faults and small hand-made lists."""
import sys

import numpy as np

import solution


def want(x):
    x = np.asarray(x, float)
    if x.size == 0:
        return []
    q1, q3 = np.percentile(x, [25, 75])
    lo, hi = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
    return [int(i) for i in np.where((x < lo) | (x > hi))[0]]


base = np.load("data/power_w.npy")
faulty = base.copy()
faulty[[700, 1200]] = [-40.0, 0.0]
cases = [base, faulty, base[:300], [1, 2, 3, 4, 5, 6, 7, 8, 9, 100],
         [-50.0, 10.0, 11.0, 12.0, 10.5, 11.5, 12.5, 13.0], [7.0, 7.0, 7.0]]
for x in cases:
    got = solution.iqr_outliers(list(x))
    w = want(x)
    got = sorted(int(i) for i in got) if got is not None else None
    if got != w:
        print(f"{len(x)} readings: got {got}, want {w}")
        sys.exit(1)
got = solution.iqr_outliers([])
if got is None or len(got) != 0:
    print(f"iqr_outliers([]) = {got!r}, want []")
    sys.exit(1)
print("ok")
