"""Judge for filt-movavg-001."""
import sys

import numpy as np

import solution


def want(x, k):
    x = np.asarray(x, float)
    return [float(x[max(0, i - k + 1):i + 1].mean()) for i in range(len(x))]


rng = np.random.default_rng(3)
temp = (21 + 2 * np.sin(np.arange(500) / 60) + 0.3 * rng.standard_normal(500)).round(2).tolist()
cases = [([1.0, 2.0, 3.0, 4.0, 5.0], 2), ([1, 2, 3, 4, 5], 3), (temp, 10), (temp, 1),
         ([5.0, 7.0, 9.0], 8), ([-3.5, 2.0, 0.0, 4.5], 4)]
for x, k in cases:
    got = solution.moving_average(list(x), k)
    w = want(x, k)
    got = [float(v) for v in got] if got is not None else None
    if got is None or len(got) != len(w) or not np.allclose(got, w, atol=1e-9):
        print(f"moving_average({list(x)[:6]}{'...' if len(x) > 6 else ''}, k={k}) = "
              f"{None if got is None else got[:6]}, want {w[:6]}")
        sys.exit(1)
got = solution.moving_average([], 3)
if got is None or len(got) != 0:
    print(f"moving_average([], 3) = {got!r}, want []")
    sys.exit(1)
print("ok")
