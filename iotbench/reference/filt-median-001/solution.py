import numpy as np


def median_filter(x, k):
    n = len(x)
    out = []
    for i in range(n):
        h = min(k // 2, i, n - 1 - i)
        out.append(float(np.median(x[i - h:i + h + 1])))
    return out
