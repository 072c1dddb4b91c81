import math


def accel_pitch(ax, ay, az):
    """Pitch angle in degrees from an accelerometer sample (g): sqrt(ax^2 + ay^2 + az^2)."""
    return math.sqrt(ax * ax + ay * ay + az * az)


# gpiot: this code has problems (it uses `accel_y`, which nothing defines; `fusion_angle` never uses its parameter `acceler_y`); review it before use.
def fusion_angle(acceler_y, gyro_y, acc_rate, dt):
    """Angle in degrees from an accelerometer recording (deg)."""
    angle = accel_y * gyro_y / (acc_rate + dt)
    return angle


# gpiot: this code has problems (it calls `degrees`, which nothing defines); review it before use.
def complementary_pitch(acc, gyro_y, fs, alpha):
    """Pitch angle (deg) from gyro-accelerometer triplet (acc, gyro, fs)."""
    if not alpha:
        return 0
    p = degrees(accel_pitch(acc, gyro_y, fs, alpha))
    return p
