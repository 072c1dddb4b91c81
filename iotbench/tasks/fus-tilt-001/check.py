"""Judge for fus-tilt-001: noisy static gravity readings at known roll/pitch (within 0.5 deg;
roll compared modulo 360)."""
import sys

import numpy as np

import solution

rng = np.random.default_rng(31)
cases = [(0.0, 0.0), (30.0, -10.0), (-45.0, 20.0), (170.0, 5.0), (-120.0, -60.0), (10.0, 80.0), (90.0, 0.0)]
for roll, pitch in cases:
    r, p = np.radians(roll), np.radians(pitch)
    g = np.array([-np.sin(p), np.sin(r) * np.cos(p), np.cos(r) * np.cos(p)])
    acc = g + 0.02 * rng.standard_normal((200, 3))
    got = solution.tilt_angles(acc.tolist())
    try:
        gr, gp = (float(v) for v in got)
    except Exception:
        print(f"roll {roll}, pitch {pitch}: returned {got!r}, want (roll, pitch)")
        sys.exit(1)
    dr = (gr - roll + 180) % 360 - 180
    if abs(dr) > 0.5 or abs(gp - pitch) > 0.5:
        print(f"true roll {roll}, pitch {pitch}: got ({gr:.2f}, {gp:.2f})")
        sys.exit(1)
print("ok")
