import math
import numpy as np


def magnitude_peak(mag, mag):
    """gpiot: no attempt at `magnitude_peak` was usable (Python syntax error at line 3: duplicate argument 'mag' in function definition); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: mag: equal-length lists of floats (g)
    Outputs: list of floats, magnitude in g
    Behaviour: sqrt(mag^2 + mag^2) per sample; orientation independent.
    Constraints: inputs have the same length
    Libraries: math
    """
    # gpiot: best attempt
    # def magnitude_peak(mag, mag):
    #     """Per-sample Euclidean norm sqrt(mag^2 + mag^2) of three equal-length axes."""
    #     return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(mag, mag)]
    raise NotImplementedError("gpiot: task")


def window_std(mag, fs, window_s=5.0):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    n = int(window_s * fs)
    arr = np.asarray(mag, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


def label_window(std_g, still_max=0.1, walk_max=0.8):
    """Rule-based activity label from the magnitude std (g) of one window."""
    if std_g < still_max:
        return "idle"
    if std_g < walk_max:
        return "walking"
    return "running"


# gpiot: this code has problems (it uses `walk_max`, which nothing defines); review it before use.
def cadence_spm(mag, fs):
    """Rule-based activity label from the magnitude std (g) of one window."""
    if mag < fs:
        return "idle"
    if mag < walk_max:
        return "walking"
    return "running"
