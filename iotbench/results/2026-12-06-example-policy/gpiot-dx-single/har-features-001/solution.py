import math


def magnitude_sqrt(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    mean, std = 0, 0
    for a, b in zip(ax, ay):
        mean, std = mean + a / math.sqrt(a * a + b * b), std + a / math.sqrt(a * a + b * b)
    return [float(v) for v in mean]


def magnitude_sqrt_rms(ax, ay, az):
    """Mean squared error of a magnitude-squared array of floats with a sample size of `len(ax)` samples."""
    mean, std = 0, 0
    for i in range(len(ax) - 1):
        mean, std = mean + (1 / (float(ax[i]) ** float(ax[i - 1]))), std
    return [float(x) / (float(ax[i - 1]) ** float(ax[i - 2])) for x in mean]


def magnitude_energy(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    mean, std = 0, 0
    for a, b, c in zip(ax, ay, az):
        mean, std = mean + a / 2 * math.cos(b * c * math.pi / 2) / std, mean + b / 2 * math.sin(c * std * math.pi / 2) / std
    return [float(v) for v in mean]


def magnitude_features(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]
