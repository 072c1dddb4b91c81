"""Judge for anom-stuck-001: synthetic logger data with injected stuck periods and edge cases."""
import sys

import numpy as np

import solution


def want(x, min_len):
    out, i = [], 0
    while i < len(x):
        j = i
        while j + 1 < len(x) and x[j + 1] == x[i]:
            j += 1
        if j - i + 1 >= min_len:
            out.append((i, j - i + 1))
        i = j + 1
    return out


rng = np.random.default_rng(12)
t = np.arange(1440)
temp = np.round(4.0 + 1.5 * np.sin(2 * np.pi * t / 1440) + 0.3 * rng.standard_normal(t.size), 1)
temp[300:330] = temp[299]
temp[900:912] = 3.3
temp[1430:] = temp[1429]
temp = temp.tolist()
cases = [(temp, 5), (temp, 11), (temp, 2), ([1.0, 1.0, 1.0], 3), ([1.0, 2.0, 3.0], 2),
         ([2.5, 2.5, 2.6, 2.6, 2.6, 2.5], 2), ([], 3)]
for x, m in cases:
    got = solution.stuck_runs(list(x), m)
    w = want(x, m)
    try:
        got = [(int(a), int(b)) for a, b in got]
    except Exception:
        print(f"{len(x)} readings, min_len {m}: returned {got!r}, want a list of (start, length)")
        sys.exit(1)
    if got != w:
        print(f"{len(x)} readings, min_len {m}: got {got[:8]}, want {w[:8]}")
        sys.exit(1)
print("ok")
