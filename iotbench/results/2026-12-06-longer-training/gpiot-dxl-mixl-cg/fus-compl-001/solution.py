import math


def accel_pitch(ax, ay, az):
    """Pitch angle in degrees from one accelerometer sample (g): sqrt(ax^2 + ay^2 + az^2)."""
    return math.degrees(math.sqrt(ax^2 + ay^2 + az^2))


# gpiot: this code has problems (it uses `angle`, which nothing defines); review it before use.
def fusion_angle(acceler_y, gyro_y, acc_rate, dt):
    """Angle in degrees from the accelerometer: angle = accel_y * gyro_y / (acc_rate + dt)."""
    return angle * (acceler_y + gyro_y) / (acc_rate + dt)


# gpiot: this code has problems (it calls `p_acc`, which nothing defines; it calls `angle_pitch`, which nothing defines); review it before use.
def complementary_pitch(acc, gyro_y, fs, alpha):
    """Pitch angles from accelerometer (deg) tuples (ax, ay, az) in g (alpha 0.87)."""
    acc = accel_pitch(acc, gyro_y, fs, alpha)
    angle = p_acc(acc, gyro_y, fs, alpha)
    return angle_pitch(acc, gyro_y, fs, alpha)
