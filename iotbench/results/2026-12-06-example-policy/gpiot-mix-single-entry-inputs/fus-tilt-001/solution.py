import math


def angle_from_accel(ax, ay, az):
    """Angle in degrees from one accelerometer sample (g): atan2(-ax, sqrt(ay * ay + az * az))."""
    return math.degrees(math.atan2(-ax, math.sqrt(ay * ay + az * az)))


def pitch_from_accel(ax, ay, az):
    """Pitch angle in degrees from one accelerometer sample (g): atan2(-ax, sqrt(ay * ay + az * az))."""
    return math.degrees(math.atan2(-ax, math.sqrt(ay * ay + az * az)))


def roll_from_accel(ax, ay, az):
    """Roll angle in degrees from one accelerometer sample (g): roll = atan2(ay, az)."""
    return math.degrees(math.atan2(ax, math.sqrt(ay * ay + az * az)))


def tilt_angles(acc):
    """gpiot: no attempt at `tilt_angles` was usable (syntax error at line 2); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: acc
    Outputs: float roll in degrees
    Behaviour: Angle_from_accel(acc, roll_from_accel(acc)) = roll_from_accel(acc, roll_from_accel(acc)) + 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
    Constraints: none
    Libraries: math
    """
    # gpiot: best attempt
    # def tilt_angles(acc):
    #     """Roll angles from accelerometer tuples (ax, ay, az) in g (deg): Angle_from_accel = roll_from_accel + 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
    raise NotImplementedError("gpiot: entry")
