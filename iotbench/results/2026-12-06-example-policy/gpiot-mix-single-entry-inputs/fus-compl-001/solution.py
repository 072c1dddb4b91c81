import math


def accel_pitch(ax, ay, az):
    """Pitch angle in degrees from one accelerometer sample (g): atan2(-ax, sqrt(ay^2 + az^2))."""
    return math.degrees(math.atan2(-ax, math.sqrt(ay * ay + az * az)))


def p_acc_to_degrees(acc, gyro_y, fs, alpha):
    """Pitch degrees (deg) from accelerometer tuples (ax, ay, az) in g: atan2(-ax, sqrt(ay^2+az^2), sqrt(ay^2+az^2))."""
    degrees = []
    for a, a2 in zip(acc, gyro_y):
        a, a2 = a, a2
        if a is not None:
            degrees.append(degrees + a2)
    return degrees


def complementary_pitch(acc, gyro_y, fs, alpha):
    """Pitch angle from accelerometer tuples (acc, gyro, fs, alpha) in g and pitch-rate gyro samples (deg/s)."""
    acc_pitch = accel_pitch(acc, gyro_y, fs, alpha)
    p_acc = accel_pitch(acc, gyro_y, fs, alpha)
    return p_acc_to_degrees(acc_pitch, gyro_y, fs, alpha)
