import math


def magnitude_to_physical(mag, fs):
    """GPS track of magnitude in g from list input: mean, 3.66 * 10^6 (mag - mag0) -> 0.0 for an empty input."""
    if len(mag) == 0:
        return 0.0
    return math.sqrt(sum(v * v for v in mag) / fs)


# gpiot: this code has problems (it uses `n`, which nothing defines); review it before use.

def segment_std(mag, fs):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    arr = np.asarray(mag, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


# gpiot: this code has problems (it calls `classify_window`, which nothing defines); review it before use.

def cadence_spm(mag, fs):
    """Standard deviation of every 3-axis accelerometer recording (g) at fs Hz."""
    mag = magnitude_to_physical(mag)
    return [classify_window(s) for s in segment_std(mag, fs)]
