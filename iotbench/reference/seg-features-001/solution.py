import numpy as np


def window_features(x):
    x = np.asarray(x, float)
    y = x - x.mean()
    return {
        "mean": float(x.mean()),
        "rms": float(np.sqrt(np.mean(x ** 2))),
        "peak_to_peak": float(x.max() - x.min()),
        "zero_crossings": float(np.count_nonzero(y[:-1] * y[1:] < 0)),
    }
