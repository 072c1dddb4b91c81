import math
import numpy as np


def magnitude_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def segment_std(mag, fs, window_s=60):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    n = int(window_s * fs)
    arr = np.asarray(mag, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


def classify_window(std_g, still_max=0.1, walk_max=0.8):
    """Rule-based activity label from the magnitude std (g) of one window."""
    if std_g < still_max:
        return "idle"
    if std_g < walk_max:
        return "walking"
    return "running"


def cadence_spm(mag, fs):
    """gpiot: no attempt at `cadence_spm` was usable (syntax error at line 1; the code does not define `cadence_spm`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: magnitude_magnitude, then segment_std, then classify_window
    Outputs: str label
    Behaviour: std < 0.5: idle; std < 0.8: walking; else running.
    Constraints: thresholds in g
    Libraries: none
    """
    # gpiot: best attempt
    # def cadence_spm(magnitude_magnitude, then segment_std, then classify_window", "
    #
    #
    # std = segment_std(magnitude_magnitude, fs)
    #
    #
    # """Activity label per window from 3-axis accelerometer data (g) at fs Hz."""
    #
    #
    # mag = magnitude_magnitude(magnitude_magnitude, then segment_std, fs)
    #
    #
    # return [classify_window(s) for s in segment_std(mag, fs)]
    raise NotImplementedError("gpiot: entry")
