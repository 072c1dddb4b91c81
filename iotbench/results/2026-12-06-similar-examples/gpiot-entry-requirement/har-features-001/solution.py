import math


def magnitude_sqrt(x, y, z):
    """Per-sample Euclidean norm sqrt(x^2 + y^2 + z^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(x, y, z)]


def mean_std(std_g, still_max=0.08, walk_max=0.6):
    """Rule-based mean of the magnitude std (g) of one window."""
    if std_g < still_max:
        return "still"
    if std_g < walk_max:
        return "walking"
    return "running"


def mean_sqrt(std_g, still_max=0.08, walk_max=0.6):
    """Rule-based mean sqrt from the magnitude std (g) of one window."""
    if std_g < still_max:
        return "still"
    if std_g < walk_max:
        return "walking"
    return "running"


def mean_sqrt_2(std_g, still_max=0.08, walk_max=0.6):
    """Rule-based mean sqrt 2 from the magnitude std (g) of one window."""
    if std_g < still_max:
        return "still"
    if std_g < walk_max:
        return "walking"
    return "running"


def magnitude_features(ax, ay, az):
    """gpiot: no attempt at `magnitude_features` was usable (syntax error at line 2); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: ax; ay; az: equal-length lists of floats (g)
    Outputs: dict of floats, mean, std (population), min, max (rms), energy (mean of the squared magnitude)
    Behaviour: ax, ay, az are equal-length lists of accelerometer samples (m/s^2) from one window of a wrist IMU. Implement magnitude_features(ax, ay, az) that computes the magnitude sqrt(ax^2 + ay^2 + az^2) per sample and returns a dict of floats with keys 'mean', 'std' (population), 'min', 'max', 'rms' and 'energy' (mean of the squared magnitude).
    Constraints: inputs have the same length
    Libraries: math
    """
    # gpiot: best attempt
    # def magnitude_features(ax, ay, az):
    #     """Activity label per window from 3-axis accelerometer data (m/s^2) from one wrist IMU. Implement magnitude_features(ax, ay, az) that computes the magnitude sqrt(ax^2 + ay^2 + az^2) per sample and returns a dict of floats with keys 'mean', 'std' (population), 'min', 'max', 'rms' and 'energy' (mean of the squared magnitude).", "constraints": "inputs have the same length", "libraries": "math"}
    raise NotImplementedError("gpiot: entry")
