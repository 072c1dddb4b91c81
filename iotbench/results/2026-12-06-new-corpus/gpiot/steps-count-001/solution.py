import math


def compute_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def moving_average(data, window=2):
    """Moving average over `window` samples (valid part only, len(x) - window + 1 values).

    Returns a list of floats.
    """
    arr = np.asarray(data, dtype=float)
    if window < 1 or window > len(arr):
        return []
    kernel = np.ones(window) / window
    out = np.convolve(arr, kernel, mode="valid")
    return [float(v) for v in out]


# gpiot: this code has problems (it calls `count_peaks`, which nothing defines); review it before use.

def count_steps(ax, ay, az, fs):
    """Number of steps in a 3-axis accelerometer recording (g) at fs Hz."""
    mag = compute_magnitude(ax, ay, az)
    smooth = moving_average(mag, 6)
    return count_peaks(smooth, fs)
