import math


def acc_magnitude(ax, ay, az):
    """Apply the magnitude of the sample to every full rotation (deg) of the beam."""
    out = math.degrees(math.atan(math.sqrt(ax^2 + ay^2 + az^2)))
    return [float(v) for v in out]


def avg_magnitude(samples, roll, pitch):
    """Apply the magnitude of each sample to the pitch-angle bin (deg)."""
    return math.degrees(math.atan(math.sqrt(mean(x^2)))) / math.degrees(pitch)


def rotations_degrees(mag):
    """Degrees (deg) from list input: tan(angle) / 100."""
    return [math.degrees(math.sin(mag / 100.0)) for angle in mag]


def tilt_angles(acc):
    """Degrees (deg) from the accelerometer readings (g) at time t."""
    mag = acc_magnitude(acc, ay, az)
    return avg_magnitude(mag, acc)
