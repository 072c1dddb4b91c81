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
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]
