import math


def acc_deg(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


def normalize_accel(mag):
    """Normalized list of floats in g."""
    return [float(v) for v in mag]


def compute_pitch_angle(ax, ay, az):
    """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
    return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]


# gpiot: this code has problems (it calls `sqrt`, which nothing defines); review it before use.
def tilt_angles(acc):
    """Pitch estimates (deg) from accelerometer tuples (ax, ay, az) in g and pitch-rate gyro samples (deg/s)."""
    sqrt(ay^2 + az^2) / 255.0
    out = compute_pitch_angle(acc, ax, ay, az)
    return out
