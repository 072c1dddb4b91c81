"""Judge for seg-windows-001."""
import sys

import numpy as np

import solution


def want(x, size, overlap):
    hop = size - overlap
    return [list(x[s:s + size]) for s in range(0, len(x) - size + 1, hop)]


x = np.round(np.sin(np.arange(1000) / 7.0), 4).tolist()
cases = [(list(range(10)), 4, 2), (list(range(10)), 3, 0), (list(range(10)), 10, 5), (x, 128, 64),
         (x, 100, 99), (x, 250, 0), ([1.0, 2.0], 3, 1), ([], 4, 1), (list(range(7)), 1, 0)]
for xs, size, ov in cases:
    got = solution.sliding_windows(list(xs), size, ov)
    w = want(xs, size, ov)
    try:
        got = [[float(v) for v in win] for win in got]
    except Exception:
        print(f"len {len(xs)}, size {size}, overlap {ov}: returned {got!r:.80}, want a list of lists")
        sys.exit(1)
    if got != [[float(v) for v in win] for win in w]:
        print(f"len {len(xs)}, size {size}, overlap {ov}: got {len(got)} windows "
              f"{[g[:3] for g in got[:3]]}, want {len(w)} {[v[:3] for v in w[:3]]}")
        sys.exit(1)
print("ok")
