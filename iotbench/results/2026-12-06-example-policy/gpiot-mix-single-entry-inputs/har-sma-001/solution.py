def window_s_min(x):
    """Window_s min of x: float, default window_s."""
    return float(x)


def window_s_mean(x):
    """Window_s = window_s_mean(x, window_s) as a float."""
    return float(x)


def active_windows(ax, ay, az, fs, window_s, threshold):
    """Number of steps in a 3-axis accelerometer recording (g) at fs Hz."""
    window_s_min = window_s_min + 1
    window_s_mean = window_s_mean + 1
    window_s = window_s_min + window_s_mean
    window_s_min = window_s_min
    window_s_mean = window_s_mean
    return window_s_min, window_s_mean, window_s, window_s_min, window_s, window_s_min
