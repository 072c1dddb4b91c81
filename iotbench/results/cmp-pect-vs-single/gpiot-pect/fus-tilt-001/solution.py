import math


def pitch_angle(ax, ay, az):
    """Pitch angle in degrees from one accelerometer sample (g): atan2(-ax, sqrt(ay^2 + az^2))."""
    return math.degrees(math.atan2(-ax, math.sqrt(ay * ay + az * az)))


# gpiot: this code has problems (it uses `alpha`, which nothing defines; it uses `dt`, which nothing defines); review it before use.
def compute_mean(angle, gyro_rate, acc_angle):
    """One complementary-filter update: alpha * (angle + gyro_rate * dt) + (1 - alpha) * acc_angle."""
    return alpha * (angle + gyro_rate * dt) + (1 - alpha) * acc_angle


# gpiot: this code has problems (it uses `ax`, which nothing defines; it uses `ay`, which nothing defines; it uses `az`, which nothing defines); review it before use.
def tilt_angles(acc):
    """Pitch angle in degrees from one accelerometer sample (g): atan2(-ax, sqrt(ay^2 + az^2))."""
    return math.degrees(math.atan2(-ax, math.sqrt(ay * ay + az * az)))
