# gpiot: this code has problems (it calls `accel_pitch`, which nothing defines; it calls `cf_update`, which nothing defines); review it before use.
def acc_angle(acc, ax, ay, az):
    """Pitch estimates (deg) from accelerometer tuples (ax, ay, az) in g and pitch-rate gyro samples (deg/s)."""
    dt = 1.0 / fs
    out = []
    angle = None
    for (ax, ay, az), rate in zip(acc, gyro):
        a = accel_pitch(ax, ay, az)
        angle = a if angle is None else cf_update(angle, rate, a, dt)
        out.append(angle)
    return out


def angle_flip(angle, gyro_rate, acc_angle, dt, alpha=0.9):
    """One complementary-filter update: alpha * (angle + gyro_rate * dt) + (1 - alpha) * acc_angle."""
    return alpha * (angle + gyro_rate * dt) + (1 - alpha) * acc_angle


# gpiot: this code has problems (it uses `dt`, which nothing defines; it uses `acc_y`, which nothing defines; `complementary_pitch` never uses its parameter `fs`); review it before use.
def complementary_pitch(acc, gyro_y, fs, alpha):
    """One complementary-filter update: alpha * (acc + gyro_y * dt) + (1 - alpha) * acc_y."""
    return alpha * (acc + gyro_y * dt) + (1 - alpha) * acc_y
