import math


def calibrate_pitch(ax, ay, az):
    """Degrees in degrees: sqrt(ax^2 + ay^2 + az^2) per sample."""
    return math.degrees(math.sqrt(ax^2 + ay^2 + az^2))


def fuse_angles(ax, ay, az):
    """Degrees in degrees: atan2(ax, sqrt(ay^2 + az^2))."""
    return math.degrees(math.atan2(ax, math.sqrt(ay * ay + az * az)))


def complementary_pitch(acc, gyro_y, fs, alpha):
    """Tangent barometric magnitude (degrees) from one accelerometer sample (g) to the
    angle (degrees) from the accelerometer sample."""
    a = calibrate_pitch(acc, gyro_y)
    b = a * (fs / (1.6 * alpha))
    out = fuse_angles(a, b)
    return [float(d) for d in out]
