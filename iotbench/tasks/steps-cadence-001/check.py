"""Judge for steps-cadence-001: synthetic gait with harmonics, stride sway and noise; accepted
within 4 steps/min (about one FFT bin for the shortest record) of the true cadence."""
import sys

import numpy as np

import solution

rng = np.random.default_rng(11)
cases = [(50, 30, 100.0), (100, 20, 118.0), (50, 40, 168.0), (32, 60, 84.0), (200, 15, 150.0)]
for fs, secs, spm in cases:
    t = np.arange(int(fs * secs)) / fs
    f = spm / 60.0
    m = (1.0 + 0.3 * np.sin(2 * np.pi * f * t) + 0.12 * np.sin(2 * np.pi * 2 * f * t + 0.4)
         + 0.08 * np.sin(np.pi * f * t) + 0.05 * rng.standard_normal(t.size))
    got = solution.cadence_spm(m.tolist(), fs)
    if got is None or not abs(float(got) - spm) <= 4.0:
        print(f"{secs} s at {fs} Hz, true cadence {spm} steps/min: got {got}")
        sys.exit(1)
print("ok")
