"""Judge for filt-median-001."""
import sys

import numpy as np

import solution


def want(x, k):
    n = len(x)
    out = []
    for i in range(n):
        h = min(k // 2, i, n - 1 - i)
        out.append(float(np.median(x[i - h:i + h + 1])))
    return out


rng = np.random.default_rng(4)
d = 120 + 10 * np.sin(np.arange(300) / 25) + rng.standard_normal(300)
d[rng.choice(300, 15, replace=False)] = rng.choice([0.0, 400.0], 15)
cases = [([1, 9, 2, 8, 3, 7, 4], 3), ([1, 9, 2, 8, 3, 7, 4], 5), (d.round(1).tolist(), 5),
         (d.round(1).tolist(), 9), ([4.0], 3), ([5.0, 1.0], 3), ([3, 1, 2], 1)]
for x, k in cases:
    got = solution.median_filter(list(x), k)
    w = want(x, k)
    got = [float(v) for v in got] if got is not None else None
    if got is None or len(got) != len(w) or not np.allclose(got, w):
        print(f"median_filter({list(x)[:7]}{'...' if len(x) > 7 else ''}, k={k}) = "
              f"{None if got is None else got[:7]}, want {w[:7]}")
        sys.exit(1)
print("ok")
