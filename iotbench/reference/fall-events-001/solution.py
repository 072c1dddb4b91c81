import numpy as np


def detect_falls(mag, fs):
    m = np.asarray(mag, float)
    skip = int(round(2.5 * fs))
    start = int(round(0.5 * fs))
    falls, i = [], 0
    while i < len(m):
        if m[i] > 3.0:
            if len(m) - i - 1 < skip:
                break
            if np.std(m[i + start:i + skip]) < 0.05:
                falls.append(i / fs)
            i += skip
        else:
            i += 1
    return falls
