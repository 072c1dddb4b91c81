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
    """gpiot: no attempt at `classify_activity` was usable (syntax error at line 2; `classify_activity` calls itself); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: window
    Outputs: str label
    Behaviour: window is a 6 x 100 list (rows: accelerometer x, y, z in m/s^2, then gyroscope x, y, z) from a smartwatch, 10 s at 10 Hz. Implement classify_activity(window) that returns 'standing', 'walking', 'running' or 'badminton'. Let a = mean of the population standard deviations of the three accelerometer rows and m = standard deviation of the accelerometer magnitude: a < 1.0 is standing, else a < 3.0 is walking, else m > 6.0 is badminton, else running.
    Constraints: thresholds in g
    Libraries: none
    """
    # gpiot: best attempt
    # def classify_activity(window):
    #     """Activity label per window from 6 x 100 list (rows: accelerometer x, y, z in m/s^2, then gyroscope x, y, z) from a smartwatch, 10 s at 10 Hz. Implement classify_activity(window) that returns 'standing', 'walking', 'running' or 'badminton'. Let a = mean of the population standard deviations of the three accelerometer rows and m = standard deviation of the accelerometer magnitude: a < 1.0 is standing, else a < 3.0 is walking, else m > 6.0 is badminton, else running. Let a = mean of the population standard deviations of the three accelerometer rows and m = standard deviation of the accelerometer magnitude: a < 1.0 is standing, else a < 3.0 is walking, else m > 6.0 is badminton, else running. Let a = mean of the population standard deviations of the three accelerometer rows and m = standard deviation of the accelerometer magnitude: a < 1.0 is standing, else a < 3.0 is walking, else m > 6.0 is badminton, else running. Let a = mean of the population standard deviations of the three accelerometer rows and m = standard deviation of the accelerometer magnitude: a < 1.0 is standing, else a < 3.0 is walking, else m > 6.0 is badminton, else running. Let a = mean of the population standard deviations of the three accelerometer rows and m = standard deviation of the accelerometer magnitude: a < 1.0 is standing, else a < 3.0 is walking, else m > 6.0 is badminton, else running. Let a = mean of the population standard deviations of the three accelerometer rows and m = standard deviation of the accelerometer magnitude: a < 1.0 is standing, else a < 3.0 is walking, else m > 6.0 is badminton, else running. Let a = mean of the population standard deviations of the three accelerometer rows and m = standard deviation of the accelerometer magnitude: a < 1.0 is standing, else a < 3.0 is walking, else m > 6.0 is badminton, else running. Let a = mean of
    raise NotImplementedError("gpiot: entry")
