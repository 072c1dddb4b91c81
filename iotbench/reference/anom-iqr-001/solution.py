import numpy as np


def iqr_outliers(values):
    x = np.asarray(values, float)
    if x.size == 0:
        return []
    q1, q3 = np.percentile(x, [25, 75])
    iqr = q3 - q1
    mask = (x < q1 - 1.5 * iqr) | (x > q3 + 1.5 * iqr)
    return [int(i) for i in np.flatnonzero(mask)]
