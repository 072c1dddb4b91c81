"""Judge for hr-ecg-001: simulated ECG (neurokit2, see data/SOURCE.md) with wander, noise, hum."""
import json
import sys

import numpy as np

import solution

cases = json.load(open("data/cases.json"))
for c in cases:
    ecg = np.load("data/" + c["file"]).astype(float).tolist()
    got = float(solution.heart_rate_ecg(ecg, c["fs"]))
    if not abs(got - c["bpm"]) <= 3.0:
        print(f"{c['file']} at {c['fs']} Hz: got {got:.2f} bpm, want {c['bpm']:.2f} +- 3")
        sys.exit(1)
print("ok")
