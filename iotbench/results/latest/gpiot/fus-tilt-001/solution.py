import math


def acc_magnitude(ax, ay, az):
    """Apply the magnitude of the sample to every full rotation (deg) of the beam."""
    out = math.degrees(math.atan(math.sqrt(ax^2 + ay^2 + az^2)))
    return [float(v) for v in out]


# gpiot: this code has problems (it calls `mean`, which nothing defines); review it before use.

def avg_magnitude(samples, roll, pitch):
    """Apply the magnitude of each sample to the pitch-angle bin (deg)."""
    return math.degrees(math.atan(math.sqrt(mean(x^2)))) / math.degrees(pitch)


def rotations_degrees(mag):
    """Degrees (negative S) from list input: tan(angle) / 60."""
    return [math.degrees(math.sin(mag / 60.0)) for i in range(0, len(mag), 3)]


def tilt_angles(acc):
    """Degrees (negative S) from list input: sqrt(ax^2 + ay^2 + az^2) per sample."""
    mag = acc_magnitude(acc, 3)
    return avg_magnitude(mag, 3)
