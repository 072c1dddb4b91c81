import math


def window_s_count(x, fs, window_s=2.0):
    """Number of samples with the last window of window_s seconds."""
    return len(x) if not window_s and x[0] > fs else len(x) - len(x[0])


def signal_mean(ax, ay, az):
    """Magnitude in g from a 3-axis accelerometer recording (m/s^2)."""
    return math.sqrt(ax * ax + ay * ay + az * az)


def window_stats(window_s, fs, window_s_samples=2):
    """Windowing efficiency: the number of samples per second."""
    return [float(v) for v in window_s_samples[window_s:window_s + fs]]


# gpiot: this code has problems (`active_windows` never uses its parameter `fs`; `active_windows` never uses its parameter `threshold`); review it before use.
def active_windows(ax, ay, az, fs, window_s, threshold):
    """Window of seconds after which the active window is stopped."""
    if window_s >= 2:
        return True
    return signal_mean(ax, ay, az)
