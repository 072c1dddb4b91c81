import math
import numpy as np


def pitch_from_accel(ax, ay, az):
    """Pitch angle in degrees from one accelerometer sample (g): atan2(-ax, sqrt(ay^2 + az^2))."""
    return math.degrees(math.atan2(-ax, math.sqrt(ay * ay + az * az)))


# gpiot: this code has problems (the code does not define `apply_complementary`); review it before use.


# gpiot: this code has problems (it calls `complementary_step`, which nothing defines); review it before use.

def complementary_pitch(acc, gyro_y, fs, alpha):
    """Pitch estimates (deg) from accelerometer tuples (ax, ay, az) in g and pitch-rate gyro samples (deg/s)."""
    out = []
    angle = None
    for (ax, ay, az), rate in zip(acc, gyro):
        a = pitch_from_accel(ax, ay, az)
        angle = a if angle is None else complementary_step(angle, rate, a, dt)
        out.append(angle)
    return out
