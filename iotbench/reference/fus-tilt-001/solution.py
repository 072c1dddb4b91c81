import math


def tilt_angles(acc):
    n = len(acc)
    ax = sum(s[0] for s in acc) / n
    ay = sum(s[1] for s in acc) / n
    az = sum(s[2] for s in acc) / n
    roll = math.degrees(math.atan2(ay, az))
    pitch = math.degrees(math.atan2(-ax, math.sqrt(ay * ay + az * az)))
    return roll, pitch
