"""Judge for hrv-rmssd-001."""
import sys

import numpy as np

import solution


def want(rr):
    rr = np.asarray(rr, float)
    return 0.0 if rr.size < 2 else float(np.sqrt(np.mean(np.diff(rr) ** 2)))


rng = np.random.default_rng(7)
cases = [[800, 810], [1000, 1000, 1000], [812, 790, 845, 830, 801, 799, 860],
         (850 + 40 * rng.standard_normal(300)).round().tolist(),
         (600 + 15 * rng.standard_normal(50)).tolist()]
for rr in cases:
    got = float(solution.rmssd(list(rr)))
    w = want(rr)
    if not abs(got - w) <= 1e-6 * max(1.0, w):
        print(f"rmssd({rr[:5]}... n={len(rr)}) = {got}, want {w}")
        sys.exit(1)
for rr in ([], [800]):
    got = solution.rmssd(rr)
    if got is None or float(got) != 0.0:
        print(f"rmssd({rr}) = {got}, want 0.0")
        sys.exit(1)
print("ok")
