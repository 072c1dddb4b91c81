import math


# gpiot: this code has problems (the code does not define `acc_magnitude`); review it before use.


def activity_feature(mag, fs, window_s=2.0):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    n = int(window_s * fs)
    arr = np.asarray(mag, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


def magnitude_features(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length grs."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]
