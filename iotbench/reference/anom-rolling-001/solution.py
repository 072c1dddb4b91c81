import numpy as np


def rolling_anomalies(x, window, k):
    x = np.asarray(x, float)
    out = []
    for i in range(window, len(x)):
        prev = x[i - window:i]
        if abs(x[i] - prev.mean()) > k * prev.std():
            out.append(i)
    return out
