import math


def normal_xyz(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def free_fall_indices(mag, threshold=0.4):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def impact_after(mag, start, fs, window_s=1.0, threshold=2.5):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


def detect_falls(mag, fs):
    """gpiot: no attempt at `detect_falls` was usable (syntax error at line 3); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: mag: list of floats in g; fs: Hz
    Outputs: bool
    Behaviour: True if any mag[start : start + int(1.0 * fs) + 1] is > 2.5 g, else False.
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def detect_falls(mag, fs):
    #     """True if any mag[start : start + int(1.0 * fs) + 1] is > 2.5 g, else False."""
    #     return any(
    #         [float(v) for v in mag]
    #         if v > threshold
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1.0 * fs)
    #         and v > threshold + int(1
    raise NotImplementedError("gpiot: entry")
