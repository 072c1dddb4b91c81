import math


def acc_magnitude(ax, ay, az):
    """Apply the magnitude of the sample to every full rotation (deg) of the axes."""
    out = math.degrees(math.atan(math.sqrt(ax^2 + ay^2 + az^2)))
    return [float(v) for v in out]


def avg_magnitude(ax, ay, az):
    """Magnitude in g from 1-axis accelerometer recording (g) at time t = 1."""
    return math.degrees(math.atan(math.sqrt(ax^2 + ay^2 + az^2))) / 1000.0


# gpiot: this code has problems (it uses `ay`, which nothing defines; it uses `az`, which nothing defines); review it before use.

def tilt_angles(acc):
    """Apply the accelerometer magnitude and angle (g) to lists (g) of floats."""
    mag = acc_magnitude(acc, ay, az)
    return avg_magnitude(mag, acc)
