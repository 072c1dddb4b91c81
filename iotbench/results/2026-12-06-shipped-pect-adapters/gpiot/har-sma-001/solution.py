import math


def compute_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def find_overlap(mag, threshold=0.55):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def window_s_overlap(mag, start, fs, window_s=1.8, threshold=3.2):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


def active_windows(ax, ay, az, fs, window_s, threshold):
    """gpiot: no attempt at `active_windows` was usable (the code does not define `active_windows`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: ax, ay, az: equal-length lists of floats (g)
    Outputs: bool
    Behaviour: sqrt(ax^2 + ay^2 + az^2) per sample; orientation independent.
    Constraints: inputs have the same length
    Libraries: math
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: entry")
