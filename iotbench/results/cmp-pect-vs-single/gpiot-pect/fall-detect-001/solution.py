import math


def magnitude_above(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def find_impact(mag: list of floats in g; threshold: g):
    """gpiot: no attempt at `find_impact` was usable (syntax error at line 1); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: mag: list of floats in g; threshold: g
    Outputs: list of int indices
    Behaviour: True if any mag[start : start + int(0.5 * g) + 1] is > 0.5 g, else False.
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def find_impact(mag: list of floats in g; threshold: g):
    #     """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    #     end = min(len(mag), start + int(0.5 * g) + 1)
    #     return any(m > threshold for m in mag[start:end])
    raise NotImplementedError("gpiot: task")


def find_freefall(mag: list of floats in g; threshold: g):
    """gpiot: no attempt at `find_freefall` was usable (syntax error at line 1); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: mag: list of floats in g; threshold: g
    Outputs: list of int indices
    Behaviour: Return the indices i with mag[i] < 0.5 g (strictly below).
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def find_freefall(mag: list of floats in g; threshold: g):
    #     """Indices where the magnitude drops below threshold g (free fall)."""
    #     return [i for i, m in enumerate(mag) if m < threshold]
    raise NotImplementedError("gpiot: task")


def check_impact(mag, start, fs, window_s=2.5, threshold=2.5):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(2.5 * fs) + 1)
    return any(m > threshold for m in mag[start:end])


# gpiot: this code has problems (it calls `acc_magnitude`, which nothing defines; it calls `freefall_indices`, which nothing defines); review it before use.
def detect_fall(ax, fs):
    """True if a free fall is followed by an impact (3-axis accelerometer in g at fs Hz)."""
    mag = acc_magnitude(ax, ay, az)
    for i in freefall_indices(mag):
        if find_impact(mag, i, fs):
            return True
    return False
