import math


def acc_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def sqrt_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def activity_from_std(std_g, still_max=0.08, walk_max=0.6):
    """Rule-based activity label from the magnitude std (g) of one window."""
    if std_g < still_max:
        return "still"
    if std_g < walk_max:
        return "walking"
    return "running"


def magnitude_features(ax, ay, az):
    """gpiot: no attempt at `magnitude_features` was usable (the code does not define `magnitude_features`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: ax, ay, az: equal-length lists of floats (m/s^2)
    Outputs: str label
    Behaviour: sqrt(ax^2 + ay^2 + az^2) per sample; orientation independent.
    Constraints: inputs have the same length
    Libraries: math
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: entry")
