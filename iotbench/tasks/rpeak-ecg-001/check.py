"""Judge for rpeak-ecg-001: detected R peaks vs the true peaks of simulated ECG (data/SOURCE.md).

A detection matches a true peak when it is within 50 ms of it (each used once); sensitivity and
positive predictive value must both be >= 0.95.
"""
import json
import sys

import numpy as np

import solution

for c in json.load(open("data/cases.json")):
    fs = c["fs"]
    ecg = np.load("data/" + c["file"]).astype(float)
    truth = np.load("data/" + c["rpeaks"]).astype(int)
    got = solution.detect_r_peaks(ecg.tolist(), fs)
    got = sorted(int(v) for v in np.asarray(got).reshape(-1)) if got is not None else []
    tol = int(round(0.05 * fs))
    used = set()
    hits = 0
    for t in truth:
        best = None
        for j, g in enumerate(got):
            if j not in used and abs(g - t) <= tol and (best is None or abs(g - t) < abs(got[best] - t)):
                best = j
        if best is not None:
            used.add(best)
            hits += 1
    se = hits / len(truth)
    ppv = hits / len(got) if got else 0.0
    if se < 0.95 or ppv < 0.95:
        print(f"{c['file']} ({len(truth)} beats): sensitivity {se:.2f}, PPV {ppv:.2f} "
              f"with {len(got)} detections; need both >= 0.95 (+-50 ms)")
        sys.exit(1)
print("ok")
