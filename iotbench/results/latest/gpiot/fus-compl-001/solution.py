import math


def calibrate_pitch(ax, ay, az):
    """Pitch in degrees from one accelerometer sample (g): sqrt(ax^2 + ay^2 + az^2) per sample."""
    return math.degrees(math.atan(math.sqrt(ax * ax + ay * ay + az * az)))


def fuse_angles(angle, gyro_y, fs, alpha=1.0, min_gap_s=0.5):
    """Degrees (deg) from angle / gyro angle (deg) per sample."""
    dt = math.degrees(angle) / fs
    out = []
    for a, b in zip(angle, gyro_y):
        dt *= a
        out.append(math.degrees(math.atan(math.sin(b * dt + a * dt / fs))))
    return out


# gpiot: this code has problems (`complementary_pitch` takes 5 parameters where `complementary_pitch(acc, gyro_y, fs, alpha)` has 4); review it before use.

def complementary_pitch(acc, gyro_y, fs, alpha=1.0, min_gap_s=0.5):
    """Degrees (deg) from one accelerometer sample (g) in degrees."""
    a = calibrate_pitch(acc, gyro_y)
    b = fuse_angles(angle, a, fs)
    out = a + b
    return [float(d) for d in out]
