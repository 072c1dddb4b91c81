import numpy as np


def detect_fall(acc, fs):
    m = np.linalg.norm(np.asarray(acc, float).reshape(-1, 3), axis=1)
    last_free_fall = None
    for i, v in enumerate(m):
        if v > 2.5 and last_free_fall is not None and i - last_free_fall <= fs:
            return i
        if v < 0.5:
            last_free_fall = i
    return -1
