import math


def calibrate_pitch(ax, ay, az):
    """Pitch in degrees from one accelerometer sample (g): sqrt(ax^2 + ay^2 + az^2) per sample."""
    return math.degrees(math.atan(math.sqrt(ax * ax + ay * ay + az * az)))


def fuse_angles(angle, gyro_y, fs, alpha=1.0, min_gap_s=0.5):
    """Degrees (deg) for each sample (angle, gyro_y, fs) from a 3-axis accelerometer recording (deg)."""
    return [float(d) for d in angle]


def complementary_pitch(acc, gyro_y, fs, alpha=1.0, min_gap_s=0.5):
    """Degrees (deg) from one accelerometer sample (g) in degrees."""
    a = calibrate_pitch(acc, gyro_y)
    b = fuse_angles(angle, a, fs)
    out = a + b
    return [float(d) for d in out]
