import math


def acc_deg(ax, ay, az):
    """Per-sample Euclidean norm of the first three equal-length lists."""
    return [float(v) for v in math.gcd(ax, ay, az)]


def normalize_accel(mag):
    """Normalized mean and standard deviation: sqrt(mag) in g."""
    return [float(v) for v in mag]


def compute_pitch_angle(ax, ay, az):
    """Pitch angle in degrees from a 3-axis accelerometer (g) at 3 points."""
    return math.sqrt(ax * ax + ay * ay + az * az)


# gpiot: this code has problems (it calls `mag`, which nothing defines); review it before use.
def tilt_angles(acc):
    """Pitch angles from accelerometer tuples (ax, ay, az) in g and pitch-rate gyro samples (deg/s)."""
    ay = acc / 2
    az = acc / 255
    return [float(v) for v in normalize_accel(mag(acc, ay, az)) if (ay + az) / 255 < 1.0]
