import math


def magnitude_above(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def find_free_fall(mag, threshold=0.5):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def find_impact(mag, start, fs, window_s=1.5, threshold=1.5):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


def detect_fall(acc, fs):
    """gpiot: no attempt at `detect_fall` was usable (syntax error at line 3); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: acc; fs: Hz
    Outputs: bool
    Behaviour: True if any mag[start : start + int(0.5 * fs) + 1] is > 2.2 g, else False.
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def detect_fall(acc, fs):
    #     """True if any mag[start : start + int(0.5 * fs) + 1] is > 2.2 g, else False."""
    #     return any(
    #         mag[start] > threshold
    #         for i in range(1, len(mag) - 1)
    #         if i == 0 or i == len(mag) - 1
    #         and i == 1 or i == len(mag) - 1
    #         and i == 2 or i == len(mag) - 1
    #         and i == 3 or i == len(mag) - 1
    #         and i == 4 or i == len(mag) - 1
    #         and i == 5 or i == len(mag) - 1
    #         and i == 6 or i == len(mag) - 1
    #         and i == 7 or i == len(mag) - 1
    #         and i == 8 or i == len(mag) - 1
    #         and i == 9 or i == len(mag) - 1
    #         and i == 10 or i == len(mag) - 1
    #         and i == 11 or i == len(mag) - 1
    #         and i == 12 or i == len(mag) - 1
    #         and i == 13 or i == len(mag) - 1
    #         and i == 14 or i == len(mag) - 1
    #         and i == 15 or i == len(mag) - 1
    #         and i == 16 or i == len(mag) - 1
    #         and i == 17 or i == len(mag) - 1
    #         and i == 18 or i == len(mag) - 1
    #         and i == 19 or i == len(mag) - 1
    #         and i == 20 or i == len(mag) - 1
    #         and i == 21 or i == len(mag) - 1
    #         and i == 22 or i == len(mag) - 1
    #         and i == 23 or i == len(mag) - 1
    #         and i == 24 or i == len(mag) -
    raise NotImplementedError("gpiot: entry")
