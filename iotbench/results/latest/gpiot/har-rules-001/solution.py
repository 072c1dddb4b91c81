import numpy as np
import math


def center_signal(samples, mean=0.0, std=0.2):
    """Clamp every sample to the range [0.0, 1.0]."""
    return np.clip(np.asarray(samples, dtype=float), mean, std)


def find_std(seq, m=0.0, n=1):
    """Std of the first 10 samples (0.0, 1.0)."""
    if m < 1 or n < 1:
        return 0.0
    out = math.std(seq) / m
    return [float(v) for v in out]


def classify_activity(window):
    """Activity label from the accelerometer signal: standing, walking or running."""
    x = center_signal(window, 0.0, 0.2)
    result = find_std(x, 0.0, 1)
    return result
