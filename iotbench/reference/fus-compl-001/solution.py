import math


def complementary_pitch(acc, gyro_y, fs, alpha):
    dt = 1.0 / fs
    out = []
    for i, (ax, ay, az) in enumerate(acc):
        p_acc = math.degrees(math.atan2(-ax, math.sqrt(ay * ay + az * az)))
        if i == 0:
            out.append(p_acc)
        else:
            out.append(alpha * (out[-1] + gyro_y[i] * dt) + (1 - alpha) * p_acc)
    return out
