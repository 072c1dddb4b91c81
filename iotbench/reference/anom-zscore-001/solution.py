import numpy as np


def zscore_anomalies(values, threshold):
    x = np.asarray(values, float)
    if x.size == 0:
        return []
    sd = x.std()
    if sd == 0:
        return []
    return [int(i) for i in np.flatnonzero(np.abs(x - x.mean()) / sd > threshold)]
