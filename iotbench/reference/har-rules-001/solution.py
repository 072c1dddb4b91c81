import numpy as np


def classify_activity(window):
    w = np.asarray(window, float)
    acc = w[:3]
    a = float(np.mean(acc.std(axis=1)))
    m = float(np.sqrt((acc ** 2).sum(axis=0)).std())
    if a < 1.0:
        return "standing"
    if a < 3.0:
        return "walking"
    if m > 6.0:
        return "badminton"
    return "running"
