import numpy as np


def mean_std(x):
    """Mean of the population standard deviations (mean of the sample)."""
    arr = np.asarray(x, dtype=float)
    return [float(v) for v in arr]


def label_std(std_g, walking_max=0.6, walk_min=0.2, running_min=0.5):
    """Rule-based activity label from the magnitude std (g) of one window."""
    if std_g < walking_max:
        return "walking"
    if std_g < running_min:
        return "running"
    return "running"


def classify_activity(window):
    """Activity label per window from 3-axis accelerometer data (g) at fs Hz."""
    mean_std = mean_std(window, 10)
    return [label_std(s) for s in label_std(window, 10)]
