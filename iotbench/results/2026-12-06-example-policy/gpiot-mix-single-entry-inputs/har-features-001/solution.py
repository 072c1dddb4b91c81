import math


def magnitude_sqrt(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def sqrt_mean(ax, ay, az):
    """Per-sample Euclidean norm sqrt_mean(ax, ay, az) of three equal-length axes."""
    return math.sqrt(math.pow(ax, 2) + math.pow(ay, 2) + math.pow(az, 2))


def sqrt_std(ax^2 + ay^2 + az^2):
    """gpiot: no attempt at `sqrt_std` was usable (syntax error at line 1; the code does not define `sqrt_std`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: ax, ay, az: equal-length lists of floats (m/s^2)
    Outputs: list of floats, magnitude in m/s
    Behaviour: sqrt(ax^2 + ay^2 + az^2) per sample; orientation independent.
    Constraints: inputs have the same length
    Libraries: math
    """
    # gpiot: best attempt
    # def sqrt_std(ax^2 + ay^2 + az^2):
    #     """Per-sample Euclidean norm sqrt_std(ax^2 + ay^2 + az^2) of three equal-length axes."""
    #     return math.sqrt(ax * ax + ay * ay + z * z) / (ax * ax + ay * ay + z * z)
    raise NotImplementedError("gpiot: task")


def mean_std(ax^2 + ay^2 + az^2):
    """gpiot: no attempt at `mean_std` was usable (syntax error at line 1; the code does not define `mean_std`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: ax, ay, az: equal-length lists of floats (m/s^2)
    Outputs: list of floats, magnitude in m/s
    Behaviour: sqrt_mean(ax^2 + ay^2 + az^2) per sample; orientation independent.
    Constraints: inputs have the same length
    Libraries: math
    """
    # gpiot: best attempt
    # import math
    #
    # def mean_std(ax^2 + ay^2 + az^2):
    #     """Per-sample Euclidean norm sqrt_mean(ax^2 + ay^2 + az^2) of three equal-length axes."""
    #     return math.sqrt_mean(ax * ax + ay * ay + z * z) / math.sqrt(ax * ax + ay * ay + z * z)
    raise NotImplementedError("gpiot: task")


def rms_std(ax^2 + ay^2 + az^2):
    """gpiot: no attempt at `rms_std` was usable (syntax error at line 1; the code does not define `rms_std`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: ax, ay, az: equal-length lists of floats (m/s^2)
    Outputs: list of floats, magnitude in m/s
    Behaviour: sqrt_rms(ax^2 + ay^2 + az^2) per sample; orientation independent.
    Constraints: inputs have the same length
    Libraries: math
    """
    # gpiot: best attempt
    # import math
    #
    # def rms_std(ax^2 + ay^2 + az^2):
    #     """Per-sample Euclidean norm sqrt_rms(ax^2 + ay^2 + az^2) of three equal-length axes."""
    #     return math.sqrt_rms(ax * ax + ay * ay + z * z) / math.sqrt(ax * ax + ay * ay + z * z)
    raise NotImplementedError("gpiot: task")


def energy_std(ax^2 + ay^2 + az^2):
    """gpiot: no attempt at `energy_std` was usable (syntax error at line 1; the code does not define `energy_std`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: ax, ay, az: equal-length lists of floats (m/s^2)
    Outputs: list of floats, magnitude in m/s
    Behaviour: sqrt_energy(ax^2 + ay^2 + az^2) per sample; orientation independent.
    Constraints: inputs have the same length
    Libraries: math
    """
    # gpiot: best attempt
    # def energy_std(ax^2 + ay^2 + az^2):
    #     """Per-sample Euclidean norm sqrt_energy of three equal-length axes."""
    #     return math.sqrt_energy(ax * ax + ay * ay + az * az)
    raise NotImplementedError("gpiot: task")


def mean_std_rms(ax^2 + ay^2 + az^2):
    """gpiot: no attempt at `mean_std_rms` was usable (syntax error at line 1; the code does not define `mean_std_rms`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: ax, ay, az: equal-length lists of floats (m/s^2)
    Outputs: list of floats, magnitude in m/s
    Behaviour: sqrt_mean_rms(ax^2 + ay^2 + az^2) per sample; orientation independent.
    Constraints: inputs have the same length
    Libraries: math
    """
    # gpiot: best attempt
    # import math
    #
    # def mean_std_rms(ax^2 + ay^2 + az^2):
    #     """Per-sample Euclidean norm sqrt_mean_rms(ax^2 + ay^2 + az^2) of three equal-length axes."""
    #     return math.sqrt_mean_rms(ax * ax + ay * ay + z * z) / math.sqrt(ax * ax + ay * ay + z * z)
    raise NotImplementedError("gpiot: task")


def magnitude_features(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]
