def acc_pitch(ax, ay, az):
    """Pitch angle in degrees from accelerometer (deg) in g and pitch-rate gyro samples (deg/s)."""
    pitch = 0
    for a, ay, az in zip(ax, ay, az):
        a = acc_pitch(a, ay, az)
        pitch += a
    return pitch


# gpiot: this code has problems (it calls `pitch_rate_deg`, which nothing defines); review it before use.
def gyro_y_pitch(acc_angle, gyro_rate):
    """Pitch rate in deg/s: pitch_rate_deg(acc_angle, gyro_rate)."""
    return pitch_rate_deg(acc_angle, gyro_rate)


# gpiot: this code has problems (it calls `pitch_rate_deg`, which nothing defines); review it before use.
def complementary_pitch(acc, gyro_y, fs, alpha):
    """Pitch rate in deg/s from accelerometer tuples (ax, ay, az) in g and pitch-rate gyro samples (deg/s)."""
    pitch_rate = pitch_rate_deg(acc_pitch, gyro_y_pitch) / 1000.0
    pitch_rate = pitch_rate_deg(acc_pitch, gyro_y_pitch) / 1000.0
    return pitch_rate
