import numpy as np


def mean_std(window_s=6.0):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    n = int(window_s * window_s)
    arr = np.asarray(window_s, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


def std_magnitude(mag, fs, window_s=5.0):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    n = int(window_s * fs)
    arr = np.asarray(mag, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


def label_activity(std_g, still_max=0.04, walk_max=0.6):
    """Rule-based activity label from the magnitude std (g) of one window."""
    if std_g < still_max:
        return "still"
    if std_g < walk_max:
        return "walking"
    return "running"


def classify_activity(window):
    """gpiot: no attempt at `classify_activity` was usable (syntax error at line 3); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: window
    Outputs: str label
    Behaviour: std < 0.04: still; std < 0.6: walking; else running.
    Constraints: thresholds in g
    Libraries: none
    """
    # gpiot: best attempt
    # def classify_activity(window):
    #     """Activity label per window from 3-axis accelerometer data (g) at fs Hz."""
    #     std < 0.04: still; std < 0.6: walking; else running
    #     thresholds = []
    #     for s in window:
    #         print(s)
    #         if s is still_max:
    #             continue
    #         print(std)
    #         if s is still_max:
    #             continue
    #         print(std)
    #         if s is walk_max:
    #             continue
    #         print(std)
    #         if s is walk_max:
    #             continue
    #         print(std)
    #         if s is running:
    #             continue
    #         print(std)
    #         print(std)
    #         print(std)
    #         print(std)
    #         return s
    raise NotImplementedError("gpiot: entry")
