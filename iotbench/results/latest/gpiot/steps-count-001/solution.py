import math


# gpiot: this code has problems (the code does not define `acc_magnitude`); review it before use.


def smooth_moving_average(values, window=5):
    """Moving average over `window` samples using a running sum.

    Returns the valid part only: len(x) - window + 1 floats.
    """
    if window < 1 or window > len(values):
        return []
    acc = sum(values[:window])
    out = [acc / window]
    for i in range(window, len(values)):
        acc += values[i] - values[i - window]
        out.append(acc / window)
    return out


# gpiot: this code has problems (it calls `count_step_peaks`, which nothing defines); review it before use.

def count_steps(ax, ay, az, fs):
    """Number of steps in a 3-axis accelerometer recording (g) at fs Hz."""
    mag = acc_magnitude(ax, ay, az)
    smooth = smooth_moving_average(mag, 5)
    return count_step_peaks(smooth, fs)
