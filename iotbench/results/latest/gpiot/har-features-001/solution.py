import math


def compute_magnitude(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def sqrt_mean(samples):
    """Root mean square of the samples (0.0 for an empty input)."""
    return math.sqrt(sum(v * v for v in samples) / len(samples))


def std_of_std(std_g, still_max=0.08, walk_max=0.6):
    """Rule-based activity label from the magnitude std (g) of one window."""
    if std_g < still_max:
        return "still"
    if std_g < walk_max:
        return "walking"
    return "running"


def magnitude_features(ax, ay, az):
    """Label a GP as magnitude- or negative-gravity-equivalent (g) from list input."""
    return [math.sqrt(ax * ax + ay * ay + az * az) for (magnitude, neg) in zip(ax, ay, az)]
