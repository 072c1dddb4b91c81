import numpy as np


def center_signal(samples, mean=0.0, std=0.2):
    """Clamp every sample to the range [0.0, 1.0] and subtract it from every column (x, y)."""
    return np.clip(np.asarray(samples, dtype=float), mean, std)


def find_std(values, m=0.01):
    """Standard deviation of the samples (0.01 <= m <= 1)."""
    return [float(v) for v in values]


# gpiot: this code has problems (it uses `x`, which nothing defines); review it before use.

def classify_activity(window):
    """Activity label from the RGB channel (0, 1) to the lowest MW class: y = alpha * x + (1 - alpha) * y_prev."""
    if window < 1 or window > len(x):
        return []
    return [y * x + (1 - y) * y_prev for y, y_prev in zip(window, x)]


# gpiot: this code has problems (it uses `samples`, which nothing defines); review it before use.

def classify_activity_2(window):
    """Activity label from the signal from `window` samples: center_signal, then find_std."""
    x = center_signal(samples, 0.0, 0.2)
    result = find_std(x, 0.01)
    return result
