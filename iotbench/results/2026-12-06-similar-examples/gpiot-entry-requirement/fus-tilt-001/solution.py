import math


def angle_from_accel(ax, ay, az):
    """Angle in degrees from one accelerometer sample (g): atan2(-ax, sqrt(ay^2 + az^2))."""
    return math.degrees(math.atan2(-ax, math.sqrt(ay * ay + az * az)))


def mean_from_accel(angle, gyro_rate, acc_angle, dt, alpha=0.9):
    """One complementary-filter update: alpha * (angle + gyro_rate * dt) + (1 - alpha) * acc_angle."""
    return alpha * (angle + gyro_rate * dt) + (1 - alpha) * acc_angle


# gpiot: this code has problems (it calls `pitch_from_accel`, which nothing defines); review it before use.
def tilt_angles(acc):
    """Pitch estimates (deg) from accelerometer tuples (ax, ay, az) in g and pitch-rate gyro samples (deg/s)."""
    dt = 1.0 / fs
    out = []
    angle = None
    for (ax, ay, az), rate in zip(acc, gyro):
        a = pitch_from_accel(ax, ay, az)
        angle = a if angle is None else mean_from_accel(angle, rate, a, dt)
        out.append(angle)
    return out
