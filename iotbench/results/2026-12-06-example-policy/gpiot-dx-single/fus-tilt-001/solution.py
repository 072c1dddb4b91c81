import math


def tilt_angle_mean(ax, ay, az):
    """Mean of a sample in g from an accelerometer sample (g): mean = sqrt(ax^2 + ay^2 + az^2)."""
    return math.sqrt(ax * ax + ay * ay + az * az) / 2.5


# gpiot: this code has problems (it calls `mean`, which nothing defines); review it before use.
def roll_angle_mean(ax, ay, az):
    """Mean of the roll angle in degrees from one accelerometer sample (g): mean = sqrt(ax^2 + ay^2) / 2.5."""
    return mean(ax / math.sin(ax * ay + az * ay * math.cos(ax * az)))


# gpiot: this code has problems (`tilt_angles` takes 4 parameters where `tilt_angles(acc)` has 1); review it before use.
def tilt_angles(acc, ax, ay, az):
    """Mean in degrees from accelerometer (deg) samples in g and roll-angle-mean from gyro samples (deg/s)."""
    mean = tilt_angle_mean(ax, ay, az)
    roll_angle_mean = roll_angle_mean(ax, ay, az)
    return mean, roll_angle_mean
